import type { FieldError } from '@learngraph/service-kit';
import { isUuid } from '@learngraph/service-kit';
import type { Prisma } from '../../db.js';
import { emptyResource, emptyRun, type ResourceInput } from '../../etl/resource-input.js';
import type { TaxonomyIndex } from '../taxonomy/index.js';
import type { LearningResourceInputType } from './resource-editor.input.js';

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * Lays an editor's input over `base` (the stored resource, or an empty one on create): fields given
 * replace the stored ones, fields left out stay. Topic ids, department codes and member ids are checked
 * here, because editors name them by id where imports name them by the provider's words. The input is
 * null when a field a new resource needs is missing.
 */
export async function applyEditorInput(
  tx: Prisma.TransactionClient,
  taxonomy: TaxonomyIndex,
  patch: LearningResourceInputType,
  base: ResourceInput | null,
): Promise<{ input: ResourceInput | null; problems: FieldError[] }> {
  const problems: FieldError[] = [];
  const required = ['platform', 'readableId', 'resourceType', 'title'] as const;
  if (!base) {
    for (const field of required) if (!present(patch[field])) problems.push({ field, message: 'required' });
    if (problems.length > 0) return { input: null, problems };
  }
  const start =
    base ??
    emptyResource({
      platform: patch.platform as string,
      readableId: (patch.readableId as string).trim(),
      resourceType: patch.resourceType as ResourceInput['resourceType'],
      title: (patch.title as string).trim(),
    });
  const input: ResourceInput = { ...start };
  const copy = <K extends keyof ResourceInput & keyof LearningResourceInputType>(key: K) => {
    const value = patch[key];
    if (value !== undefined) (input as unknown as Record<string, unknown>)[key] = value;
  };
  for (const key of [
    'platform',
    'resourceType',
    'description',
    'fullDescription',
    'url',
    'languages',
    'offeredBy',
    'certification',
    'certificationType',
    'professional',
    'prices',
    'delivery',
    'pace',
    'format',
    'availability',
    'duration',
    'timeCommitment',
    'minWeeks',
    'maxWeeks',
    'minWeeklyHours',
    'maxWeeklyHours',
    'location',
  ] as const) {
    copy(key);
  }
  if (present(patch.readableId)) input.readableId = patch.readableId.trim();
  if (present(patch.title)) input.title = patch.title.trim();
  // Required scalars cannot be cleared: null on update means "leave as it is" for them.
  for (const key of ['platform', 'resourceType', 'certification', 'certificationType', 'professional'] as const) {
    if (patch[key] === null) (input as unknown as Record<string, unknown>)[key] = start[key];
  }
  for (const key of ['languages', 'prices', 'delivery', 'pace', 'format'] as const) {
    if (patch[key] === null) (input as unknown as Record<string, unknown>)[key] = [];
  }
  if (patch.image !== undefined)
    input.image = patch.image ? { url: patch.image.url, alt: patch.image.alt ?? null } : null;
  if (patch.departments !== undefined) {
    input.departments = patch.departments ?? [];
    input.departments.forEach((code, index) => {
      if (!taxonomy.departmentCode(code))
        problems.push({ field: `departments.${index}`, message: `no department has the id "${code}"` });
    });
  }
  if (patch.topics !== undefined) {
    input.topicProvider = null;
    input.topics = (patch.topics ?? []).flatMap((id, index) => {
      const name = isUuid(id) ? taxonomy.topicName(id) : undefined;
      if (!name) problems.push({ field: `topics.${index}`, message: `no topic has the id "${id}"` });
      return name ? [name] : [];
    });
  }
  if (patch.runs !== undefined) {
    input.runs = (patch.runs ?? []).map((run) => ({
      ...emptyRun(run.runId),
      ...Object.fromEntries(Object.entries(run).filter(([, value]) => present(value))),
      runId: run.runId.trim(),
    }));
  }
  if (patch.members !== undefined) {
    const ids = patch.members ?? [];
    const found = await tx.learningResource.findMany({
      where: { id: { in: ids.filter(isUuid) } },
      select: { id: true, platform: true, readableId: true },
    });
    const byId = new Map(found.map((row) => [row.id, row]));
    input.children = ids.flatMap((id, index) => {
      const member = byId.get(id);
      if (!member) problems.push({ field: `members.${index}`, message: `no resource has the id "${id}"` });
      else if (member.platform !== input.platform)
        problems.push({ field: `members.${index}`, message: 'on another platform' });
      return member?.platform === input.platform ? [member.readableId] : [];
    });
  }
  return { input, problems };
}
