// Hocuspocus as the bench runs it: the stock server with no extensions (no auth, no storage), on
// 127.0.0.1 and the PORT it is given. Its own process, so its CPU and memory are measured alone.
import { Server } from '@hocuspocus/server';
import { z } from 'zod';

const { PORT } = z.object({ PORT: z.coerce.number().int().min(1).max(65535) }).parse(process.env);

const server = new Server({ port: PORT, address: '127.0.0.1', quiet: true, stopOnSignals: true });
await server.listen();
console.log(JSON.stringify({ msg: 'hocuspocus listening', port: PORT }));
