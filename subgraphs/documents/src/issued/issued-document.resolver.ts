import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DocumentsContext } from '../context';
import { issuedDocumentLoader, resultDocumentLoader } from '../loaders';
import { userErrorsFor } from '../messages';
import { ApplicationRef } from '../shared/refs.type';
import { viewerId } from '../shared/viewer-id';
import { IssuedDocumentType } from './issued-document.type';
import type { IssuedDocumentRow } from './issued-documents.service';
import { RevokeIssuedDocumentInput } from './revoke.input';
import { RevokeIssuedDocumentPayload } from './revoke.payload';

@Resolver(() => IssuedDocumentType)
export class IssuedDocumentResolver {
  @FieldResolver(() => String, { nullable: true, description: "A link to the PDF that works for 5 minutes, on the API's own origin. The recipient only." })
  downloadUrl(@Root() issued: IssuedDocumentRow, @Ctx() ctx: DocumentsContext): string {
    return ctx.services.links.link('issued-documents', issued.id, null).url;
  }

  @FieldResolver(() => ApplicationRef, { description: 'The application it is the result of.' })
  application(@Root() issued: IssuedDocumentRow): ApplicationRef {
    return { id: issued.applicationId };
  }

  @Mutation(() => RevokeIssuedDocumentPayload, {
    description: "Withdraws a result: it no longer verifies. An employee of the issuing department, or an administrator.",
  })
  async revokeIssuedDocument(@Arg('input') input: RevokeIssuedDocumentInput, @Ctx() ctx: DocumentsContext): Promise<RevokeIssuedDocumentPayload> {
    const outcome = await ctx.services.issued.revoke({ ...ctx.viewer, userId: viewerId(ctx) }, input);
    if (!outcome.ok) return { issuedDocument: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
    issuedDocumentLoader(ctx).clear(outcome.value.id).prime(outcome.value.id, outcome.value);
    return { issuedDocument: outcome.value as IssuedDocumentType, userErrors: [] };
  }
}

/** Application.resultDocument: null until the result is issued. */
@Resolver(() => ApplicationRef)
export class ApplicationResultDocumentResolver {
  @FieldResolver(() => IssuedDocumentType, { nullable: true, description: 'The signed result document; null until it is issued.' })
  async resultDocument(@Root() application: ApplicationRef, @Ctx() ctx: DocumentsContext): Promise<IssuedDocumentRow | null> {
    return resultDocumentLoader(ctx).load(application.id);
  }
}
