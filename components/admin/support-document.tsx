'use client';

import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { consoleJson } from './console-api';

const Rendered = z.object({
  name: z.string(),
  storedBytes: z.number(),
  content: z.record(z.string(), z.unknown()).nullable(),
  truncated: z.boolean(),
});

/** One granted document, read-only: its maps and lists as the relay stores them. */
export function SupportDocument({
  token,
  grantId,
  name,
}: {
  token: string;
  grantId: string;
  name: string;
}) {
  const doc = useQuery({
    queryKey: ['admin-support-doc', grantId, name],
    queryFn: async () =>
      Rendered.parse(
        await consoleJson(
          token,
          'GET',
          `/api/admin/support/${grantId}/doc?name=${encodeURIComponent(name)}`,
        ),
      ),
    staleTime: Infinity,
  });
  if (doc.isError) return <p role="alert">{doc.error.message}</p>;
  if (!doc.data) return <p role="status">Loading {name}…</p>;
  return (
    <article aria-label={`Document ${name}`} data-testid="support-document" className="text-sm">
      <h3 className="font-semibold">
        {name} ({(doc.data.storedBytes / 1024).toFixed(1)} KiB stored)
      </h3>
      {doc.data.content ? (
        <Value value={doc.data.content} />
      ) : (
        <p>This document is too large to show here.</p>
      )}
    </article>
  );
}

function Value({ value }: { value: unknown }) {
  if (value === null || typeof value !== 'object') return <span>{JSON.stringify(value)}</span>;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value);
  if (entries.length === 0) return <span>{Array.isArray(value) ? '[]' : '{}'}</span>;
  return (
    <dl className="ml-3 grid grid-cols-[auto_1fr] gap-x-2 border-l border-slate-200 pl-2 dark:border-slate-700">
      {entries.map(([key, v]) => (
        <div key={key} className="contents">
          <dt className="font-medium">{key}</dt>
          <dd>
            <Value value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
