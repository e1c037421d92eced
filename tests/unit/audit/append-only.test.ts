import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../functions/src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );

describe('the audit context only ever adds records', () => {
  it('uses no update, delete, batch, transactional or PartiQL write', () => {
    const offending = sources(path.join(root, 'audit')).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /\b(Update|Delete|BatchWrite|TransactWrite|ExecuteStatement|BatchExecuteStatement)(Item)?Command\b/g,
        ),
      ].map((m) => `${path.relative(root, file)}: ${m[0]}`),
    );
    expect(offending).toEqual([]);
  });

  it('is the only code that names the audit table', () => {
    const outside = sources(root)
      .filter((file) => !file.startsWith(path.join(root, 'audit') + path.sep))
      .filter((file) => /tables\.audit\b/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(outside).toEqual([]);
  });

  it('writes through one function, with a condition that never overwrites a record (issue 10 §7)', () => {
    const puts = sources(path.join(root, 'audit')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new PutCommand\(\{[^}]*\}/g)].map((m) => ({
        file: path.relative(root, file),
        call: m[0],
      })),
    );
    expect(puts.map((p) => p.file)).toEqual(['audit/store.ts']);
    expect(puts[0]!.call).toContain("ConditionExpression: 'attribute_not_exists(pk)'");
  });
});
