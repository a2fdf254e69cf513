/**
 * Running one build stage as a child process and measuring what it cost.
 *
 * A stage is measured from outside, as CI sees it, never by instrumenting the
 * code under test:
 *
 * - wall time: from spawn to exit, on the bench's own clock;
 * - CPU time and largest single-process RSS: GNU `time` (`/usr/bin/time`)
 *   wraps the command; it reads the kernel's `wait4` accounting, which sums
 *   user+sys over the whole process tree (every descendant that was reaped)
 *   and reports `ru_maxrss`, the peak RSS of the LARGEST SINGLE process in
 *   the tree, not of the tree as a whole;
 * - peak RSS of the tree: because Astro runs Pagefind as a separate binary
 *   next to its own node process, the sum matters too. A sampler walks
 *   `/proc` every {@link SAMPLE_MS} ms and sums the resident pages of the
 *   child and all its descendants. Sampling can miss a spike shorter than
 *   the interval, so the tree figure is a lower bound; the two together
 *   bound the truth.
 *
 * The sampler also keeps each process's last utime+stime, which misses the
 * last interval of every process (good to a few percent on stages that run
 * for seconds). GNU time cannot see a process that is never reaped by its
 * parent, such as Pagefind's binary, which its Node API ends from `close()`
 * and leaves to init (a search index of 1,000 articles took 0.2 s of CPU by GNU
 * time, 9 s in fact). The stage's CPU time is therefore the larger of the
 * two sums, flagged as approximate when the sampler's is larger; without
 * `/usr/bin/time` (Debian package `time`) it is the sampler's alone.
 *
 * Every output line is kept with its arrival time, so that the caller can cut
 * a stage into phases by its log messages and see where time and memory went.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** How often the process tree is sampled for RSS. */
export const SAMPLE_MS = 200;

const GNU_TIME = '/usr/bin/time';
const PAGE_SIZE = 4096;
const CLOCK_TICKS = 100;

/** One output line and when it arrived, in ms since the stage started. */
export interface LogLine {
  at: number;
  text: string;
}

/** One reading of the process tree. */
export interface RssSample {
  /** ms since the stage started. */
  at: number;
  /** Sum of resident memory of the whole tree, bytes. */
  rss: number;
  /** Number of processes in the tree. */
  processes: number;
}

/** What a stage cost. */
export interface Measurement {
  label: string;
  command: string[];
  exitCode: number;
  wallMs: number;
  userMs: number;
  sysMs: number;
  /** user + sys of the whole tree. */
  cpuMs: number;
  /** True when CPU time comes from the sampler instead of GNU time (no GNU time, or processes it could not see). */
  cpuApproximate: boolean;
  /** Peak RSS of the largest single process (GNU time `%M`), bytes; null without GNU time. */
  maxRssSingle: number | null;
  /** Peak of the sampled sum of RSS over the process tree, bytes. */
  peakRssTree: number;
  /**
   * The machine's 1-minute load average when the stage ended. Above the
   * number of cores, other work competed for the CPU and wall time is
   * inflated; CPU time is then the figure to compare.
   */
  loadAverage: number;
  samples: RssSample[];
  lines: LogLine[];
  /** Where the full output was written. */
  logFile: string;
}

/** How to run a stage. */
export interface MeasureOptions {
  /** Name shown in reports (`pipeline`, `astro build`). */
  label: string;
  cwd: string;
  /** Extra environment; merged over `process.env`. */
  env?: Record<string, string>;
  /** File the combined output is written to. */
  logFile: string;
  /** Echo output lines to the bench's stderr as they arrive. */
  echo?: boolean;
}

/** Whether GNU time is available for exact CPU and per-process RSS figures. */
export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/**
 * Runs `command` in `options.cwd` and measures it. Never throws on a non-zero
 * exit: the caller decides what a failed stage means.
 *
 * @param command program and arguments, not a shell string
 * @returns timings, memory, the output lines with their arrival times
 */
export async function measure(command: string[], options: MeasureOptions): Promise<Measurement> {
  const gnuTime = hasGnuTime();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'malaff-measure-'));
  const timeFile = path.join(scratch, 'time.txt');
  const argv = gnuTime ? [GNU_TIME, '-o', timeFile, '-f', '%e %U %S %M', ...command] : command;

  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const lines: LogLine[] = [];
  const pending = { stdout: '', stderr: '' };
  const take = (stream: 'stdout' | 'stderr', chunk: Buffer): void => {
    const text = pending[stream] + chunk.toString('utf8');
    const parts = text.split('\n');
    pending[stream] = parts.pop() ?? '';
    const at = performance.now() - started;
    for (const part of parts) {
      const line = stripAnsi(part);
      lines.push({ at, text: line });
      if (options.echo) process.stderr.write(`  │ ${line}\n`);
    }
  };
  child.stdout.on('data', (chunk: Buffer) => take('stdout', chunk));
  child.stderr.on('data', (chunk: Buffer) => take('stderr', chunk));

  const samples: RssSample[] = [];
  const cpuByPid = new Map<number, number>();
  const sample = (): void => {
    if (child.pid === undefined) return;
    const tree = readTree(child.pid);
    let rss = 0;
    for (const proc of tree) {
      rss += proc.rss;
      cpuByPid.set(proc.pid, proc.cpuTicks);
    }
    samples.push({ at: performance.now() - started, rss, processes: tree.length });
  };
  const timer = setInterval(sample, SAMPLE_MS);
  sample();

  const exitCode = await new Promise<number>((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.on('error', () => resolve(127));
  });
  clearInterval(timer);
  const wallMs = performance.now() - started;
  for (const stream of ['stdout', 'stderr'] as const) {
    if (pending[stream]) lines.push({ at: wallMs, text: stripAnsi(pending[stream]) });
  }

  let userMs = 0;
  let sysMs = 0;
  let maxRssSingle: number | null = null;
  let cpuApproximate = true;
  if (gnuTime) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    // GNU time writes "Command exited with non-zero status N" before the format line.
    const last = report.trim().split('\n').at(-1) ?? '';
    const [, user, sys, maxKb] = last.split(/\s+/u).map(Number);
    if (user !== undefined && !Number.isNaN(user)) {
      userMs = user * 1000;
      sysMs = (sys ?? 0) * 1000;
      maxRssSingle = (maxKb ?? 0) * 1024;
      cpuApproximate = false;
    }
  }
  const sampledMs = ([...cpuByPid.values()].reduce((sum, ticks) => sum + ticks, 0) * 1000) / CLOCK_TICKS;
  if (cpuApproximate) {
    userMs = sampledMs;
    sysMs = 0;
  }
  // user and sys stay GNU time's split; the total takes what it could not see.
  const cpuMs = Math.max(userMs + sysMs, sampledMs);
  if (cpuMs > userMs + sysMs) cpuApproximate = true;
  await rm(scratch, { recursive: true, force: true });
  await writeFile(options.logFile, lines.map((line) => line.text).join('\n'));

  return {
    label: options.label,
    command,
    exitCode,
    wallMs,
    userMs,
    sysMs,
    cpuMs,
    cpuApproximate,
    maxRssSingle,
    peakRssTree: samples.reduce((peak, s) => Math.max(peak, s.rss), 0),
    loadAverage: os.loadavg()[0] ?? 0,
    samples,
    lines,
    logFile: options.logFile,
  };
}

interface ProcInfo {
  pid: number;
  ppid: number;
  rss: number;
  /** utime + stime in clock ticks. */
  cpuTicks: number;
}

/** Every live process whose ancestry leads to `root`, `root` included. */
function readTree(root: number): ProcInfo[] {
  const all = new Map<number, ProcInfo>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/u.test(entry)) continue;
    const info = readProc(Number(entry));
    if (info) all.set(info.pid, info);
  }
  const children = Map.groupBy(all.values(), (proc) => proc.ppid);
  const tree: ProcInfo[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const proc = all.get(pid);
    if (proc) tree.push(proc);
    for (const child of children.get(pid) ?? []) queue.push(child.pid);
  }
  return tree;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const rssPages = Number(fields[21]);
    return { pid, ppid, rss: rssPages * PAGE_SIZE, cpuTicks: utime + stime };
  } catch {
    return undefined; // the process ended between readdir and read
  }
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/gu, '').replace(/\r$/u, '');
}

/**
 * Peak tree RSS between two instants of a measurement (ms since its start).
 * The last sample before `from` counts too: a phase shorter than the sampling
 * interval still gets the reading in force when it started.
 */
export function peakBetween(measurement: Measurement, from: number, to: number): number {
  let peak = 0;
  let before = 0;
  for (const sample of measurement.samples) {
    if (sample.at < from) before = sample.rss;
    else if (sample.at <= to && sample.rss > peak) peak = sample.rss;
  }
  return Math.max(peak, before);
}
