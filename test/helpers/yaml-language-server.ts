/**
 * The real yaml-language-server (what VS Code's YAML extension runs), driven over stdio with the
 * Language Server Protocol: open a document, collect the diagnostics it publishes, ask for hovers.
 * The schema comes from the document's own `# yaml-language-server: $schema=…` line, as in an
 * editor; the schema store is off (no network), validation and hover on.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './cli.js';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

interface Message {
  jsonrpc: '2.0';
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

const SETTINGS = {
  validate: true,
  hover: true,
  completion: true,
  format: { enable: false },
  schemaStore: { enable: false },
  yamlVersion: '1.2',
};

export class YamlLanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly diagnostics = new Map<string, Diagnostic[][]>();
  private readonly waiters: Array<{ uri: string; after: number; resolve: () => void }> = [];
  private version = 0;

  private constructor() {
    const bin = path.join(
      ROOT,
      'node_modules',
      'yaml-language-server',
      'bin',
      'yaml-language-server',
    );
    this.child = spawn(process.execPath, [bin, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', () => {});
  }

  static async start(): Promise<YamlLanguageServer> {
    const server = new YamlLanguageServer();
    await server.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ROOT).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: {},
        },
      },
    });
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings: { yaml: SETTINGS } });
    return server;
  }

  /** Opens `text` as the document at `file` and resolves with the diagnostics published for it. */
  async diagnose(file: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    const seen = this.diagnostics.get(uri)?.length ?? 0;
    const published = new Promise<void>((resolve) =>
      this.waiters.push({ uri, after: seen, resolve }),
    );
    this.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: ++this.version, text },
    });
    await published;
    const all = this.diagnostics.get(uri)!;
    this.notify('textDocument/didClose', { textDocument: { uri } });
    return all[all.length - 1]!;
  }

  /** The hover text at a 0-based line and character of an open document. */
  async hover(file: string, text: string, line: number, character: number): Promise<string> {
    const uri = pathToFileURL(file).href;
    this.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: ++this.version, text },
    });
    const result = (await this.request('textDocument/hover', {
      textDocument: { uri },
      position: { line, character },
    })) as { contents?: { value?: string } | string } | null;
    this.notify('textDocument/didClose', { textDocument: { uri } });
    const contents = result?.contents;
    return typeof contents === 'string' ? contents : (contents?.value ?? '');
  }

  async stop(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    this.child.kill();
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) =>
        m.error ? reject(new Error(m.error.message)) : resolve(m.result),
      );
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1],
      );
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as Message);
    }
  }

  private handle(m: Message): void {
    if (m.method === undefined && m.id !== undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
      return;
    }
    if (m.method === 'workspace/configuration') {
      const items = (m.params as { items: Array<{ section?: string }> }).items;
      this.send({
        jsonrpc: '2.0',
        id: m.id!,
        result: items.map((item) => (item.section === 'yaml' ? SETTINGS : {})),
      });
      return;
    }
    if (m.id !== undefined) {
      // client/registerCapability and the like: accept.
      this.send({ jsonrpc: '2.0', id: m.id, result: null });
      return;
    }
    if (m.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = m.params as { uri: string; diagnostics: Diagnostic[] };
      const list = this.diagnostics.get(uri) ?? [];
      list.push(diagnostics);
      this.diagnostics.set(uri, list);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i]!;
        if (w.uri === uri && list.length > w.after) {
          this.waiters.splice(i, 1);
          w.resolve();
        }
      }
    }
  }
}
