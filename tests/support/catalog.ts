// A comparable description of a database's schema, read from the catalog.
import { runSql } from "./databases";

export async function describeSchema(url: string, options: { skipIndexPrefix?: string; skipColumn?: string } = {}) {
  const columns = await runSql(
    url,
    `select table_name, column_name, udt_name, is_nullable, column_default
       from information_schema.columns
      where table_schema = 'public' and table_name <> '_prisma_migrations'
      order by table_name, column_name`,
  );
  const indexes = await runSql(
    url,
    `select tablename, indexname, indexdef from pg_indexes
      where schemaname = 'public' and tablename <> '_prisma_migrations'
      order by tablename, indexname`,
  );
  const constraints = await runSql(
    url,
    `select rel.relname as table_name, con.conname, con.contype, pg_get_constraintdef(con.oid) as definition
       from pg_constraint con
       join pg_class rel on rel.oid = con.conrelid
       join pg_namespace ns on ns.oid = rel.relnamespace
      where ns.nspname = 'public' and rel.relname <> '_prisma_migrations'
      order by rel.relname, con.conname`,
  );
  const enums = await runSql(
    url,
    `select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder) as labels
       from pg_type t join pg_enum e on e.enumtypid = t.oid
       join pg_namespace ns on ns.oid = t.typnamespace
      where ns.nspname = 'public'
      group by t.typname order by t.typname`,
  );
  return {
    columns: columns.rows
      .filter((r) => !options.skipColumn || r.column_name !== options.skipColumn)
      .map((r) => `${r.table_name}.${r.column_name} ${r.udt_name} null=${r.is_nullable} default=${r.column_default}`),
    indexes: indexes.rows
      .filter((r) => !options.skipIndexPrefix || !(r.indexname as string).startsWith(options.skipIndexPrefix))
      .map((r) => r.indexdef as string),
    constraints: constraints.rows.map((r) => `${r.table_name}.${r.conname} ${r.contype} ${r.definition}`),
    enums: enums.rows.map((r) => `${r.typname}: ${r.labels}`),
  };
}
