import { App } from 'aws-cdk-lib';
import { buildApp } from './lib/build-app.js';

// Read the CLI's context (-c stage=prod -c publicOrigin=https://...) from a throwaway App, then build.
// autoSynth off: under the CLI (CDK_OUTDIR set) an App synthesizes itself when the process exits, and
// this empty one would overwrite manifest.json with one that lists no stacks ("This app contains no stacks").
const cli = new App({ autoSynth: false });
const read = (key: string): string | undefined => {
  const value = cli.node.tryGetContext(key) as unknown;
  return value === undefined || value === null || value === '' ? undefined : String(value);
};
const reserved = read('reservedConcurrency');

buildApp({
  stage: read('stage') ?? 'dev',
  publicOrigin: read('publicOrigin'),
  region: read('region'),
  certificateArn: read('certificateArn'),
  reservedConcurrency: reserved === undefined ? undefined : Number(reserved),
  reserveApiConcurrency:
    read('reserveApiConcurrency') === undefined ? undefined : read('reserveApiConcurrency') === 'true',
  webAssetPath: read('webAssetPath'),
}).app.synth();
