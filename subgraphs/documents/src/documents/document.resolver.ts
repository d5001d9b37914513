import { PageArgs, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DocumentsContext } from '../context';
import { documentLoader } from '../loaders';
import { userErrorsFor } from '../messages';
import { viewerId } from '../shared/viewer-id';
import { CreateUploadInput } from './create-upload.input';
import { CreateUploadPayload } from './create-upload.payload';
import { DocumentConnection, DocumentType } from './document.type';
import { DOCUMENTS_ORDER, type DocumentRow } from './documents.service';

/** Uploads: create one, read one, list mine, and a short-lived link to the bytes. */
@Resolver(() => DocumentType)
export class DocumentResolver {
  @Query(() => DocumentType, { nullable: true, description: 'One of your documents (or one attached to your department\'s record). Anything else: NOT_FOUND.' })
  async document(@Arg('id', () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<DocumentRow | null> {
    return documentLoader(ctx).load(id);
  }

  @Query(() => DocumentConnection, { description: 'Your uploads, newest first, whatever their status.' })
  async myDocuments(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: DocumentsContext): Promise<Connection<DocumentRow>> {
    const window = pageWindow(args, DOCUMENTS_ORDER);
    const page = await ctx.services.documents.page(viewerId(ctx), window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @Mutation(() => CreateUploadPayload, {
    description: 'Starts an upload: checks the name, size and type, and returns a one-time URL (15 minutes) to send the file to.',
  })
  async createUpload(@Arg('input') input: CreateUploadInput, @Ctx() ctx: DocumentsContext): Promise<CreateUploadPayload> {
    const outcome = await ctx.services.documents.createUpload({ userId: viewerId(ctx), sandbox: ctx.viewer.sandbox === true }, input);
    if (!outcome.ok) return { document: null, uploadUrl: null, expiresAt: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
    const { document, uploadUrl, expiresAt } = outcome.value;
    documentLoader(ctx).prime(document.id, document);
    return { document: document as DocumentType, uploadUrl, expiresAt, userErrors: [] };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A link to the file that works for 5 minutes, on the API\'s own origin; null until the file is uploaded clean.',
  })
  downloadUrl(@Root() document: DocumentRow, @Ctx() ctx: DocumentsContext): string | null {
    if (document.status !== 'CLEAN' || !document.blobKey) return null;
    return ctx.services.links.link('documents', document.id, viewerId(ctx)).url;
  }
}
