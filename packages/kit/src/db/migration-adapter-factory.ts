import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type ConnectionInfo,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import { urlWithSearchPath } from './pg-schema';

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;
// adapter-pg pins its own @types/pg, so its pool type is taken from it.
type PgPool = ReturnType<PgAdapter['underlyingDriver']>;
interface RowDescription {
  fields: { dataTypeID: number }[];
}
// Pool clients are pg `Client`s; PoolClient's typings just omit the connection.
interface ClientWithConnection {
  connection: { prependListener(event: 'rowDescription', listener: (message: RowDescription) => void): unknown };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The schema engine introspects through pg_catalog, whose one-byte `"char"`
 * columns (relkind, contype...) adapter-pg 7.10.0 has no column type for, so
 * every diff against a database failed with "Column type 'char' could not be
 * deserialized". pg already returns those values as one-character strings;
 * relabelling the column as text before the row description reaches the
 * client makes the adapter accept them.
 */
function readCharColumnsAsText(pool: PgPool): void {
  pool.on('connect', (client) => {
    (client as unknown as ClientWithConnection).connection.prependListener('rowDescription', (message) => {
      for (const field of message.fields) {
        if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      }
    });
  });
}

function isPgServerError(error: unknown): error is Error & { code: string; severity: string; detail?: string; column?: string; hint?: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && 'severity' in error;
}

/**
 * adapter-pg's executeScript splits scripts on every `;`, which breaks any
 * migration with a semicolon inside a string or a function body. This sends the
 * whole script as one simple query, as the native engine does, which also makes
 * PostgreSQL run a migration all-or-nothing.
 */
class WholeScriptPgAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName: string;
  private disposed = false;

  constructor(
    private readonly inner: PgAdapter,
    private readonly onDispose: () => void,
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo();
  }

  async executeScript(script: string): Promise<void> {
    try {
      await this.inner.underlyingDriver().query(script);
    } catch (error) {
      // Structured errors let the engine report PostgreSQL's own message.
      if (isPgServerError(error)) {
        const { code, severity, message, detail, column, hint } = error;
        throw new DriverAdapterError({ kind: 'postgres', code, severity, message, detail, column, hint, originalCode: code, originalMessage: message });
      }
      throw error;
    }
  }

  // Both the engine and our own cleanup dispose adapters; the pool may end once.
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.onDispose();
    await this.inner.dispose();
  }
}

/**
 * The adapter factory handed to the schema engine: every connection is pinned
 * to one PostgreSQL schema, and the "shadow database" the engine asks for is
 * another schema in the same database, so no CREATE DATABASE right is needed.
 */
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly open = new Set<WholeScriptPgAdapter>();

  constructor(
    private readonly databaseUrl: string,
    private readonly schema: string,
    private readonly shadowSchema?: string,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(this.schema);
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    if (!this.shadowSchema) {
      return Promise.reject(new Error('This schema engine was opened without a shadow schema'));
    }
    return this.connectTo(this.shadowSchema);
  }

  /** Ends the pools the engine left open (it never disposes its main connection). */
  async disposeAll(): Promise<void> {
    await Promise.all([...this.open].map((adapter) => adapter.dispose()));
  }

  private async connectTo(schema: string): Promise<SqlDriverAdapter> {
    // search_path puts unqualified DDL and `_prisma_migrations` in the schema;
    // the `schema` option is what the engine reads back (getConnectionInfo)
    // when it looks for existing tables. Either alone is not enough.
    const factory = new PrismaPg({ connectionString: urlWithSearchPath(this.databaseUrl, schema) }, { schema });
    const inner = await factory.connect();
    readCharColumnsAsText(inner.underlyingDriver());
    const adapter = new WholeScriptPgAdapter(inner, () => this.open.delete(adapter));
    this.open.add(adapter);
    return adapter;
  }
}
