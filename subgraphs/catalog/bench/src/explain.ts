import type { Database } from '../../dist/db.js';
import type { SqlStatement } from './bench-catalog.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Sort Method'?: string;
  'Actual Total Time': number;
  'Actual Rows': number;
  'Actual Loops': number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

interface ExplainOutput {
  Plan: PlanNode;
  'Planning Time': number;
  'Execution Time': number;
}

const describe = (node: PlanNode) =>
  [
    node['Node Type'],
    node['Relation Name'] ? `on ${node['Relation Name']}` : '',
    node['Index Name'] ? `using ${node['Index Name']}` : '',
    node['Sort Method'] ? `(${node['Sort Method']})` : '',
    `rows=${node['Actual Rows']}${node['Actual Loops'] > 1 ? `×${node['Actual Loops']}` : ''}`,
    `time=${node['Actual Total Time'].toFixed(2)}ms`,
  ]
    .filter(Boolean)
    .join(' ');

/**
 * Runs EXPLAIN (ANALYZE, BUFFERS) on a statement the subgraph sent, with the parameters it sent, and
 * returns printable lines: the plan tree (node, relation, index, rows, time), the root's buffers, and
 * planning and execution time.
 *
 * @example
 * for (const line of await explainStatement(db, statement)) console.log(line);
 */
export async function explainStatement(db: Database, statement: SqlStatement): Promise<string[]> {
  const params = JSON.parse(statement.params) as unknown[];
  const [row] = await db.$queryRawUnsafe<Array<{ 'QUERY PLAN': ExplainOutput[] }>>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.query}`,
    ...params,
  );
  const output = row?.['QUERY PLAN'][0];
  if (!output) return ['(no plan)'];
  const lines: string[] = [];
  const walk = (node: PlanNode, depth: number) => {
    lines.push(`${'  '.repeat(depth)}${depth > 0 ? '-> ' : ''}${describe(node)}`);
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(output.Plan, 0);
  const root = output.Plan;
  lines.push(
    `buffers: shared hit=${root['Shared Hit Blocks'] ?? 0} read=${root['Shared Read Blocks'] ?? 0}; planning ${output['Planning Time'].toFixed(2)} ms, execution ${output['Execution Time'].toFixed(2)} ms`,
  );
  return lines;
}
