import { badUserInput, type FieldError, notFound, requireUuid } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import type { CatalogContext } from '../../context.js';
import { loadTaxonomyIndex } from '../taxonomy/index.js';
import { requireEditor } from './editor-access.js';
import { applyEditorInput } from './editor-input.js';
import { LearningResourceInputType, LearningResourceResponse } from './resource-editor.input.js';
import { resourceProblems } from './resource-rules.js';
import { unpublishResources } from './resource-snapshots.js';
import { linkMembers, writeResources } from './resource-writer.js';
import { storedInput } from './stored-input.js';

const invalid = (problems: FieldError[]) =>
  badUserInput(
    `Invalid resource: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}.`,
    problems,
  );

const takenReadableId = () =>
  invalid([{ field: 'readableId', message: 'already used by another resource on this platform' }]);

/** Prisma's code for a unique index refusing a row, here (platform, readable id) raced by two writers. */
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

/**
 * Editors' changes to the catalog. Each runs in one transaction that also writes the matching event to
 * the outbox, through the same writer as imports; every field is checked and all problems are reported
 * together, each on its field.
 */
@Resolver()
export class LearningResourceEditorResolver {
  @Directive('@requiresScopes(scopes: [["role:editor"], ["role:admin"]])')
  @Mutation(() => LearningResourceResponse, { description: 'Creates a resource (editors only).' })
  async learningResourceCreate(
    @Arg('input', () => LearningResourceInputType) patch: LearningResourceInputType,
    @Ctx() ctx: CatalogContext,
  ): Promise<LearningResourceResponse> {
    requireEditor(ctx.viewer);
    try {
      const id = await ctx.db.$transaction(async (tx) => {
        const taxonomy = await loadTaxonomyIndex(tx);
        const { input, problems } = await applyEditorInput(tx, taxonomy, patch, null);
        if (input) problems.push(...resourceProblems(input, taxonomy));
        if (!input || problems.length > 0) throw invalid(problems);
        const existing = await tx.learningResource.findUnique({
          where: { platform_readableId: { platform: input.platform, readableId: input.readableId } },
          select: { id: true },
        });
        if (existing) throw takenReadableId();
        const [written] = await writeResources(tx, taxonomy, [{ input, source: null, sourceHash: null }]);
        if (!written) throw new Error('the resource was not written');
        await linkMembers(tx, [{ id: written.id, input }]);
        return written.id;
      });
      return { success: true, record: await ctx.loaders.resource.load(id) };
    } catch (error) {
      if (isUniqueViolation(error)) throw takenReadableId();
      throw error;
    }
  }

  @Directive('@requiresScopes(scopes: [["role:editor"], ["role:admin"]])')
  @Mutation(() => LearningResourceResponse, {
    description: 'Changes a resource (editors only); fields left out keep their values. Republishes it.',
  })
  async learningResourceUpdate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => LearningResourceInputType) patch: LearningResourceInputType,
    @Ctx() ctx: CatalogContext,
  ): Promise<LearningResourceResponse> {
    requireEditor(ctx.viewer);
    const resourceId = requireUuid(id, 'id');
    try {
      await ctx.db.$transaction(async (tx) => {
        const base = await storedInput(tx, resourceId);
        if (!base) throw notFound('No learning resource has this id.');
        const current = await tx.learningResource.findUniqueOrThrow({
          where: { id: resourceId },
          select: { source: true, sourceHash: true },
        });
        const taxonomy = await loadTaxonomyIndex(tx);
        const { input, problems } = await applyEditorInput(tx, taxonomy, patch, base);
        if (input) problems.push(...resourceProblems(input, taxonomy));
        if (!input || problems.length > 0) throw invalid(problems);
        // The import hash stays: the editor's change holds until the provider sends something new.
        await writeResources(tx, taxonomy, [{ input, existingId: resourceId, ...current }]);
        await linkMembers(tx, [{ id: resourceId, input }]);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw takenReadableId();
      throw error;
    }
    ctx.loaders.resource.clear(resourceId);
    return { success: true, record: await ctx.loaders.resource.load(resourceId) };
  }

  @Directive('@requiresScopes(scopes: [["role:editor"], ["role:admin"]])')
  @Mutation(() => LearningResourceResponse, { description: 'Hides a resource from lists and search (editors only).' })
  async learningResourceUnpublish(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<LearningResourceResponse> {
    requireEditor(ctx.viewer);
    const resourceId = requireUuid(id, 'id');
    const exists = await ctx.loaders.resource.load(resourceId);
    if (!exists) throw notFound('No learning resource has this id.');
    await ctx.db.$transaction((tx) => unpublishResources(tx, { id: resourceId }));
    ctx.loaders.resource.clear(resourceId);
    return { success: true, record: await ctx.loaders.resource.load(resourceId) };
  }
}
