// The CLI's conventions: help and usage on --help, -h, help and help COMMAND (exit 0), --version,
// counts with the noun in the right number, no colour, exit status 2 with one line on bad input.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { CheckReport, ClaimReport, SupportEvidence } from '../../src/core';
import { formatReport, plural } from '../../src/cli/format-report';
import { main } from '../../src/cli/main';
import { SAMPLE_CORPUS } from '../core/seed-corpus';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.mjs', import.meta.url));
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };
/** The CLI as a process (bin/crosscheck.mjs): its real exit status. */
const run = (args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

/** The same entry point (what bin/crosscheck.mjs calls) in this process: no process start each. */
async function runHere(args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk) => ((stdout += String(chunk)), true),
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk) => ((stderr += String(chunk)), true),
  );
  const before = process.exitCode;
  try {
    await main(args);
    return { status: process.exitCode ?? 0, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
    process.exitCode = before;
  }
}

describe('crosscheck help', () => {
  it('--help exits 0 with the usage, as a process', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^usage: crosscheck COMMAND/);
  });

  it.each([[['--help']], [['-h']], [['help']]])(
    '%s prints the usage of every command, exit 0',
    async (args) => {
      const result = await runHere(args);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^usage: crosscheck COMMAND/);
      for (const command of ['check', 'compare', 'extract', 'help'])
        expect(result.stdout).toContain(`crosscheck ${command} `);
      expect(result.stdout).toContain('Exit status: 0 on success; 2 on bad arguments');
    },
  );

  it.each([
    [['help', 'check'], 'check'],
    [['help', 'extract'], 'extract'],
    [['compare', '--help'], 'compare'],
    [['check', '-h'], 'check'],
  ])('%s prints that command’s usage, exit 0', async (args, command) => {
    const result = await runHere(args);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^usage: crosscheck ${command} `));
    expect(result.stdout).not.toContain('usage: crosscheck COMMAND');
  });

  it('help of an unknown command exits 2 with one line', async () => {
    const result = await runHere(['help', 'frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'crosscheck: unknown command "frobnicate" (crosscheck --help for usage)',
    ]);
  });

  it('no command at all exits 2, naming the problem, then the usage', async () => {
    const result = await runHere([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const [first, second] = result.stderr.split('\n');
    expect(first).toBe('crosscheck: no command given');
    expect(second).toMatch(/^usage: crosscheck COMMAND/);
  });
});

describe('crosscheck --version', () => {
  it('prints the package version, exit 0', () => {
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`crosscheck ${version}\n`);
  });
});

describe('the text report', () => {
  const evidence = { document: { id: 'd' }, sentence: 'S.', score: 0.9 } as SupportEvidence;
  const claim = (origins: number, sources: number): ClaimReport => ({
    text: 'A claim.',
    start: 0,
    end: 8,
    verdict: 'corroborated',
    independentOrigins: origins,
    support: Array.from({ length: sources }, () => evidence),
    differences: [],
  });
  const report = (claims: ClaimReport[], skipped: number): CheckReport => ({
    article: { title: 'T', language: 'en' },
    claims,
    skipped: Array.from({ length: skipped }, () => ({
      text: 'Share',
      start: 0,
      end: 5,
      reason: 'boilerplate',
    })),
  });

  it('says "1 origin" and "2 origins", "1 claim" and "2 claims", never "(s)"', () => {
    expect(plural(0, 'origin')).toBe('0 origins');
    expect(plural(1, 'origin')).toBe('1 origin');
    expect(plural(2, 'origin')).toBe('2 origins');
    const one = formatReport(report([claim(1, 1)], 1));
    expect(one).toContain('✔ corroborated (1 independent origin)\n');
    expect(one).toContain('1 claim: 1 corroborated; 1 line skipped');
    const two = formatReport(report([claim(2, 3), claim(1, 2)], 2));
    expect(two).toContain('✔ corroborated (2 independent origins)\n');
    expect(two).toContain('2 claims: 2 corroborated; 2 lines skipped');
    expect(one + two).not.toContain('(s)');
  });

  it('has no colour: no escape sequences, whatever NO_COLOR or FORCE_COLOR say', () => {
    const args = ['check', SAMPLE_CORPUS, '--corpus', dirname(SAMPLE_CORPUS)];
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1', NO_COLOR: undefined }]) {
      const result = run(args, env);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/\d+ claims: /);
      expect(result.stdout).not.toContain('\u001b[');
    }
  });
});

describe('the article from standard input', () => {
  it('check - reads HTML or plain text from stdin', () => {
    const html = readFileSync(new URL('../../samples/article.html', import.meta.url), 'utf8');
    const text = 'Kim Jong Un inspected Russian strategic bombers and warships on Saturday.';
    for (const input of [html, text]) {
      const result = spawnSync(
        process.execPath,
        [BIN, 'check', '-', '--corpus', SAMPLE_CORPUS, '--json'],
        {
          encoding: 'utf8',
          input,
        },
      );
      expect(result.status, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout) as CheckReport;
      expect(report.claims.length).toBeGreaterThan(0);
    }
  });
});
