import { z } from 'zod';

export const AccountSummary = z.object({
  userId: z.string(),
  email: z.string(),
  athleteId: z.string(),
  createdAt: z.string(),
  role: z.enum(['athlete', 'coach', 'admin', 'owner']),
  disabled: z.boolean(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const AccountPage = z.object({
  accounts: z.array(AccountSummary),
  next: z.string().nullable(),
});

const ShareView = z.object({
  id: z.string(),
  prefix: z.string(),
  role: z.string(),
  email: z.string(),
  ownerEmail: z.string(),
  status: z.string(),
});

export const AccountDetail = AccountSummary.extend({
  disabledAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  logins: z.array(z.object({ familyId: z.string(), lastActiveAt: z.string().nullable() })),
  shares: z.object({ given: z.array(ShareView), received: z.array(ShareView) }),
  storage: z.array(z.object({ prefix: z.string(), bytes: z.number(), documents: z.number() })),
});
export type AccountDetail = z.infer<typeof AccountDetail>;

export const AuditEntries = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      actor: z.object({ userId: z.string(), email: z.string() }),
      action: z.string(),
      target: z.object({ userId: z.string(), email: z.string() }).nullable(),
      from: z.string(),
      result: z.enum(['ok', 'refused', 'failed']),
      detail: z.string().optional(),
    }),
  ),
});
export type AuditEntry = z.infer<typeof AuditEntries>['entries'][number];

export const ConsoleMe = z.object({
  userId: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'owner']),
});
