package org.hearth.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * Runs a unit of work in one transaction that commits when it returns and rolls back when it
 * throws. Services use it instead of {@code @Transactional} where refusing a request is an ordinary
 * outcome: the exception reaches the caller as it is, without the container recording it as an
 * incident.
 */
@ApplicationScoped
public class Transactions {
  @Inject UserTransaction transaction;

  /** Runs {@code work} in a new transaction; there must be none on this thread yet. */
  public <T> T run(Supplier<T> work) {
    begin();
    boolean committed = false;
    try {
      T result = work.get();
      transaction.commit();
      committed = true;
      return result;
    } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException e) {
      committed = true;
      throw new IllegalStateException("The transaction did not commit", e);
    } catch (SystemException e) {
      throw new IllegalStateException("The transaction manager failed", e);
    } finally {
      if (!committed) {
        rollback();
      }
    }
  }

  /** Runs {@code work} in a new transaction. */
  public void run(Runnable work) {
    run(
        () -> {
          work.run();
          return null;
        });
  }

  private void begin() {
    try {
      transaction.begin();
    } catch (NotSupportedException | SystemException e) {
      throw new IllegalStateException("Could not begin a transaction", e);
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException e) {
      // the transaction is gone already
    }
  }
}
