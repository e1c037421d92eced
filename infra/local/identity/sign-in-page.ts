/** The local identity provider's sign-in page (Cognito's hosted UI takes this place on AWS). */
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const hiddenFields = (hidden: Record<string, string>) =>
  Object.entries(hidden)
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
    .join('');

const page = (body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>登录 · Sign in — 越秀号 (local)</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}
label{display:block;margin-top:1rem;font-weight:600}input[type=text],input[type=password],input[inputmode=numeric]{width:100%;font-size:1.1rem;padding:.6rem;border:2px solid #555;border-radius:4px;box-sizing:border-box}
button{margin-top:1.5rem;font-size:1.1rem;padding:.7rem 1.5rem;background:#0b5394;color:#fff;border:0;border-radius:4px}
:focus-visible{outline:3px solid #e69138;outline-offset:2px}.error{color:#a30000;border-left:4px solid #a30000;padding:.5rem}
.note{color:#444;font-size:.9rem;margin-top:2rem}</style></head>
<body><main><h1>越秀号 登录 <span lang="en">Sign in</span></h1>
${body}</main></body></html>`;

const errorLine = (error?: string) => (error ? `<p class="error" role="alert">${escape(error)}</p>` : '');

export function signInPage(hidden: Record<string, string>, error?: string, username = ''): string {
  return page(`${errorLine(error)}
<form method="post" action="authorize">${hiddenFields(hidden)}
<label for="username">用户名 <span lang="en">Username</span></label>
<input id="username" name="username" type="text" autocomplete="username" required value="${escape(username)}" autofocus>
<label for="password">密码 <span lang="en">Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">登录 <span lang="en">Sign in</span></button></form>
<p class="note">本地身份提供者（仅用于本地云）。演示用户：citizen1、clerk1、officer1、head1、supervisor1、admin1，密码 demo-password。
工作人员还需输入动态验证码（npm run demo-totp -- 用户名）。<br>
<span lang="en">Local identity provider (local cloud only). Demo users as listed, password demo-password; staff also
enter an authenticator code (npm run demo-totp -- username).</span></p>`);
}

/** The second step for users with MFA on: the authenticator app's code (Cognito's SOFTWARE_TOKEN_MFA). */
export function totpPage(hidden: Record<string, string>, session: string, error?: string): string {
  return page(`${errorLine(error)}
<p>请输入身份验证器应用显示的 6 位动态验证码。<br><span lang="en">Enter the 6-digit code your authenticator app shows.</span></p>
<form method="post" action="authorize">${hiddenFields({ ...hidden, mfa_session: session })}
<label for="totp">动态验证码 <span lang="en">Authenticator code</span></label>
<input id="totp" name="totp" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required autofocus>
<button type="submit">验证 <span lang="en">Verify</span></button></form>`);
}
