package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** No seasonal price, stop-sell or out-of-order period has this id. */
@ApplicationException(rollback = true)
public class InventoryEntryNotFoundException extends BusinessException {
  public InventoryEntryNotFoundException(String kind, long id) {
    super("No " + kind + " " + id);
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Inventory entry not found";
  }
}
