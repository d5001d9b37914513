import { badUserInput } from '@eco/kit';
import { Arg, Ctx, Directive, Query, Resolver } from 'type-graphql';
import type { DocumentsContext } from '../context';
import type { Verification } from './issued-documents.service';
import { DocumentVerification } from './verification.type';
import { VerifyDocumentInput } from './verification.input';

@Resolver()
export class VerificationResolver {
  @Directive('@tag(name: "public")')
  @Query(() => DocumentVerification, { description: 'Checks a result document the portal issued. Open to everyone, no sign-in.' })
  async verifyDocument(@Arg('input') input: VerifyDocumentInput, @Ctx() ctx: DocumentsContext): Promise<Verification> {
    const sha256 = input.sha256?.trim() || null;
    const id = input.id?.trim() || null;
    if ((sha256 === null) === (id === null)) throw badUserInput('Give exactly one of sha256 or id', 'input');
    if (sha256 !== null && !/^[0-9a-fA-F]{64}$/.test(sha256)) throw badUserInput('sha256 must be 64 hexadecimal characters', 'input.sha256');
    return sha256 !== null ? ctx.services.issued.verifyBySha256(sha256) : ctx.services.issued.verifyById(id as string);
  }
}
