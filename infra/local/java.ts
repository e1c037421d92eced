import { spawnSync } from 'node:child_process';

export const REQUIRED_JAVA = 17;

/** DynamoDB Local runs on Java ≥ 17; says what to do when it is missing or too old. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const help =
    `DynamoDB Local needs a Java runtime, version ${REQUIRED_JAVA} or newer.\n` +
    `  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n` +
    `  macOS (Homebrew): brew install openjdk@17\n` +
    `Then run npm start again.`;
  if (result.error || result.status !== 0) throw new Error(`Java was not found on PATH.\n${help}`);
  const text = `${result.stderr}${result.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= REQUIRED_JAVA)) {
    throw new Error(`Java ${Number.isNaN(major) ? '(unknown version)' : major} is too old.\n${help}`);
  }
}
