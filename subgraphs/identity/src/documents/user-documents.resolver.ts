import { forbidden, hasRole } from '@eco/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context';
import { viewerOwns } from '../users/owner-view';
import { User } from '../users/user.type';
import type { UserRecord } from '../users/users.service';
import { requestMeta } from '../security/request-meta';
import type { IdentityDocumentsData } from './document-data';
import { documentsLoader } from './documents.loader';
import type { IdentityDocumentsView } from './identity-documents.resolver';
import { IdentityDocuments } from './identity-documents.type';

// Requests whose full-document read is already journaled: one document_viewed per request and owner.
const viewedIn = new WeakMap<object, Set<string>>();

async function recordViewedOnce(ctx: IdentityContext, data: IdentityDocumentsData): Promise<void> {
  const seen = viewedIn.get(ctx.loaders) ?? new Set<string>();
  viewedIn.set(ctx.loaders, seen);
  if (seen.has(data.userId)) return;
  seen.add(data.userId);
  await ctx.services.documents.recordViewed(data, requestMeta(ctx));
}

@Resolver(() => User)
export class UserDocumentsResolver {
  @FieldResolver(() => IdentityDocuments, {
    nullable: true,
    description: 'Identity documents: in full for the owner, masked for administrators, refused to anyone else.',
  })
  async documents(@Root() user: UserRecord, @Ctx() ctx: IdentityContext): Promise<IdentityDocumentsView> {
    const owner = viewerOwns(ctx.viewer, user);
    // canViewDocuments already decided; this keeps documents closed even if a rule is misconfigured.
    if (!owner && !hasRole(ctx.viewer, 'ADMIN')) throw forbidden('Only the owner can read identity documents');
    const data = await documentsLoader(ctx).load(user.id);
    if (!data) throw new Error(`documentsForUsers returned nothing for ${user.id}`);
    if (owner) await recordViewedOnce(ctx, data);
    return { data, masked: !owner };
  }
}
