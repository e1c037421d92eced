import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, type YuexiuStacks } from '../../infra/lib/build-app.js';
import { DataStack } from '../../infra/lib/data-stack.js';
import { addComplianceChecks } from '../../infra/lib/nag.js';

export interface SynthesizedApp {
  readonly stacks: YuexiuStacks;
  /** Template JSON by stack name. */
  readonly templates: Record<string, any>;
  /** CDK's validation report (cdk-nag findings, acknowledged and not). */
  readonly report: any;
}

/** Synthesizes the whole app in-process, without esbuild, with a stand-in web build. */
export function synthesize(stage: string): SynthesizedApp {
  const dir = mkdtempSync(path.join(tmpdir(), 'yuexiu-infra-'));
  const web = path.join(dir, 'standalone');
  mkdirSync(web);
  writeFileSync(path.join(web, 'server.js'), '// stand-in for the Next.js standalone server\n');
  // Next puts hashed assets beside the standalone folder; the web stack deploys them to S3.
  mkdirSync(path.join(dir, 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(dir, 'static', 'chunks', 'app.js'), '// stand-in chunk\n');
  const outdir = path.join(dir, 'cdk.out');
  const { app, stacks } = buildApp({ stage, bundling: false, webAssetPath: web, outdir });
  const assembly = app.synth();
  const templates = Object.fromEntries(assembly.stacks.map((s) => [s.stackName, s.template]));
  const report = JSON.parse(readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
  return { stacks, templates, report };
}

/** Every resource of a type across all templates, with its stack name and logical id. */
export function resourcesOfType(
  templates: Record<string, any>,
  type: string,
): { stack: string; id: string; resource: any }[] {
  return Object.entries(templates).flatMap(([stack, template]) =>
    Object.entries<any>(template.Resources ?? {})
      .filter(([, resource]) => resource.Type === type)
      .map(([id, resource]) => ({ stack, id, resource })),
  );
}

/** The data stack alone (fast), synthesized with cdk-nag: its template and cdk-nag's report of just this stack. */
export function synthesizeDataStack(name: string): { stack: DataStack; template: Template; report: any } {
  const outdir = mkdtempSync(path.join(tmpdir(), `yuexiu-${name}-`));
  const app = new App({ outdir, context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true } });
  addComplianceChecks(app);
  const stack = new DataStack(app, 'yuexiu-dev-data', {
    settings: { stage: 'dev', publicOrigin: 'https://yuexiu.example.gov.cn', isProduction: false },
    env: { region: 'ap-east-1' },
  });
  app.synth();
  const report = JSON.parse(readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
  return { stack, template: Template.fromStack(stack), report };
}
