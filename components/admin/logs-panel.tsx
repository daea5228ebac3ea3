'use client';

import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { consoleJson } from './console-api';

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

const Logs = z.object({
  relayId: z.string(),
  fileSink: z.boolean(),
  kept: z.number(),
  capacity: z.number(),
  lines: z.array(
    z.looseObject({
      level: z.number(),
      time: z.number(),
      msg: z.string(),
      user: z.string().optional(),
      doc: z.string().optional(),
    }),
  ),
});
type Line = z.infer<typeof Logs>['lines'][number];

type Filters = {
  level: string;
  account: string;
  doc: string;
  from: string;
  to: string;
  text: string;
  source: 'memory' | 'file';
};
const EMPTY: Filters = {
  level: 'info',
  account: '',
  doc: '',
  from: '',
  to: '',
  text: '',
  source: 'memory',
};

/** The query string of a filter: empty fields are left out; times are the browser's local time. */
export function logQuery(f: Filters): string {
  const params = new URLSearchParams({ level: f.level, source: f.source, limit: '300' });
  if (f.account.trim()) params.set('account', f.account.trim());
  if (f.doc.trim()) params.set('doc', f.doc.trim());
  if (f.text.trim()) params.set('text', f.text.trim());
  if (f.from) params.set('fromMs', String(new Date(f.from).getTime()));
  if (f.to) params.set('toMs', String(new Date(f.to).getTime()));
  return params.toString();
}

/** The relay's structured logs (already redacted on the relay), filtered; newest first. */
export function LogsPanel({ token }: { token: string }) {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const query = useQuery({
    queryKey: ['admin-logs', applied],
    queryFn: async () =>
      Logs.parse(await consoleJson(token, 'GET', `/api/admin/logs?${logQuery(applied)}`)),
  });
  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The same filters again: fetch the newest lines.
    if (JSON.stringify(draft) === JSON.stringify(applied)) void query.refetch();
    else setApplied(draft);
  };
  return (
    <Card title="Logs">
      <form
        className="mb-3 grid gap-2 sm:grid-cols-3"
        onSubmit={submit}
        aria-label="Filter the logs"
      >
        <label className="grid gap-1 text-sm">
          Level and above
          <select
            className="rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
            value={draft.level}
            onChange={set('level')}
          >
            {LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <Field label="Account id" value={draft.account} onChange={set('account')} />
        <Field label="Document (name or its start)" value={draft.doc} onChange={set('doc')} />
        <Field label="From" type="datetime-local" value={draft.from} onChange={set('from')} />
        <Field label="To" type="datetime-local" value={draft.to} onChange={set('to')} />
        <Field label="Text" type="search" value={draft.text} onChange={set('text')} />
        <label className="grid gap-1 text-sm">
          Where
          <select
            className="rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
            value={draft.source}
            onChange={set('source')}
          >
            <option value="memory">This relay’s memory</option>
            <option value="file">The log file</option>
          </select>
        </label>
        <div className="flex items-end gap-2">
          <Button type="submit">Show</Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setDraft(EMPTY);
              setApplied(EMPTY);
            }}
          >
            Clear
          </Button>
        </div>
      </form>
      {query.isError ? <p role="alert">{query.error.message}</p> : null}
      {query.data ? <LogTable data={query.data} /> : <p role="status">Loading…</p>}
    </Card>
  );
}

function LogTable({ data }: { data: z.infer<typeof Logs> }) {
  return (
    <div>
      <p className="mb-2 text-sm" role="status">
        {data.lines.length} lines shown from relay {data.relayId} ({data.kept} of {data.capacity}{' '}
        kept in memory{data.fileSink ? '; a log file is kept too' : '; no log file is set'}).
      </p>
      <table className="w-full text-left font-mono text-xs" data-testid="log-lines">
        <thead>
          <tr>
            <th>Time (UTC)</th>
            <th>Level</th>
            <th>Message</th>
            <th>Fields</th>
          </tr>
        </thead>
        <tbody>
          {data.lines.map((line, i) => (
            <tr key={`${line.time}-${i}`} className="align-top">
              <td>{new Date(line.time).toISOString().slice(0, 23).replace('T', ' ')}</td>
              <td>{LEVEL_NAMES[line.level] ?? line.level}</td>
              <td>{line.msg}</td>
              <td className="break-all">{fieldsOf(line)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function fieldsOf(line: Line): string {
  const { level: _l, time: _t, msg: _m, service: _s, pid: _p, hostname: _h, ...rest } = line;
  return Object.keys(rest).length === 0 ? '' : JSON.stringify(rest);
}
