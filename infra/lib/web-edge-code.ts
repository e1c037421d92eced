/**
 * Code the web stack ships as text: the CloudFront viewer-request function that routes staff tokens to the
 * staff API, and the portal Lambda's launcher that fetches its secrets before Next.js starts. Generated
 * here, beside nothing else, so tests can run it (tests/infra/security-controls.test.ts).
 */

/** Picks the staff HTTP API for tokens issued by the staff pool (see api-stack.ts for why). */
export function apiRouterCode(staffIssuer: string, staffApiDomain: string): string {
  return `import cf from 'cloudfront';
var STAFF_ISSUER = '${staffIssuer}';
var STAFF_API = '${staffApiDomain}';
var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function base64UrlDecode(input) {
  var out = '', buffer = 0, bits = 0;
  for (var i = 0; i < input.length; i++) {
    var value = ALPHABET.indexOf(input.charAt(i));
    if (value < 0) break;
    buffer = (buffer << 6) | value; bits += 6;
    if (bits >= 8) { bits -= 8; out += String.fromCharCode((buffer >> bits) & 0xff); }
  }
  return out;
}
function issuerOf(authorization) {
  if (!authorization || authorization.value.indexOf('Bearer ') !== 0) return undefined;
  var parts = authorization.value.slice(7).split('.');
  if (parts.length !== 3 || parts[1].length > 8192) return undefined;
  try { return JSON.parse(base64UrlDecode(parts[1])).iss; } catch (e) { return undefined; }
}
function handler(event) {
  // The viewer's address for audit records and rate logic (functions/src/platform/viewer-address.ts), in
  // CloudFront's own format; whatever the client sent under that name is overwritten.
  event.request.headers['cloudfront-viewer-address'] = { value: event.viewer.ip + ':0' };
  // Routing only: the staff API's JWT authorizer verifies the token; a forged iss is rejected there.
  if (issuerOf(event.request.headers.authorization) === STAFF_ISSUER) {
    cf.updateRequestOrigin({ domainName: STAFF_API });
  }
  return event.request;
}
`;
}

/**
 * Starts the portal: reads the session secret (and the viewer signing secret, edge-trust.ts) from Secrets Manager through the AWS Parameters and Secrets
 * Lambda Extension (localhost, authenticated by the function's session token), puts it in
 * `process.env.SESSION_SECRET`, then loads the Next.js standalone server. The secret is thus never in the
 * template, the function configuration or the logs. The extension may still be starting while this runs
 * (runtime and extensions initialise side by side), so it is polled; without the secret the function
 * refuses to start rather than run with a weak or missing key.
 */
export function webLauncherSource(serverEntry: string): string {
  return `const port = process.env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT || '2773';
for (const name of ['SESSION_SECRET', 'VIEWER_SIGNING_SECRET']) {
  const arn = process.env[name + '_ARN'];
  if (!arn || process.env[name]) continue;
  const url = 'http://localhost:' + port + '/secretsmanager/get?secretId=' + encodeURIComponent(arn);
  const deadline = Date.now() + 8000;
  for (let attempt = 1; ; attempt++) {
    let problem;
    try {
      const res = await fetch(url, { headers: { 'X-Aws-Parameters-Secrets-Token': process.env.AWS_SESSION_TOKEN || '' } });
      if (res.ok) {
        const secret = (await res.json()).SecretString;
        if (typeof secret === 'string' && secret.length >= 32) {
          process.env[name] = secret;
          break;
        }
        problem = 'the secret is empty or shorter than 32 characters';
      } else {
        problem = 'the extension answered HTTP ' + res.status;
      }
    } catch (error) {
      problem = 'the extension is not reachable (' + (error && error.code ? error.code : 'error') + ')';
    }
    if (Date.now() > deadline) {
      console.error(JSON.stringify({ level: 'ERROR', message: name.toLowerCase() + ' unavailable; not starting', problem, attempt }));
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * attempt, 500)));
  }
}
await import('./${serverEntry}');
`;
}
