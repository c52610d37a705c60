// Deleting an account of shared mode with everything it owns, in one transaction: its learner and
// progress, its sessions, its password, its sign-in counts and the account row itself.
import type { Db } from './client';
import { deleteLearnerOfUser } from './learner';
import { writeTransaction } from './transaction';

/**
 * Deletes the account `userId` with its learner and progress, sessions, password (credential) rows
 * and the sign-in counts under `signInKeys`, all or nothing: a failure at any statement leaves
 * every row in place. On PostgreSQL the transaction first locks the account's learner, so no other
 * write of that learner's runs meanwhile. Returns false when there was no such account.
 */
export async function deleteAccountRows(
  db: Db,
  userId: string,
  signInKeys: string[],
): Promise<boolean> {
  const learner = await db.learner.findUnique({ where: { userId }, select: { id: true } });
  return writeTransaction(
    db,
    async (tx) => {
      if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
        return false;
      }
      await deleteLearnerOfUser(tx, userId);
      await tx.session.deleteMany({ where: { userId } });
      await tx.account.deleteMany({ where: { userId } });
      await tx.signInLimit.deleteMany({ where: { key: { in: signInKeys } } });
      await tx.user.delete({ where: { id: userId } });
      return true;
    },
    { learnerId: learner?.id },
  );
}
