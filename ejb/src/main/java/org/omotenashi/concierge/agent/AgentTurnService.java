package org.omotenashi.concierge.agent;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The agent's turns of a conversation, for the staff API and console. */
@Stateless
public class AgentTurnService {
  @PersistenceContext EntityManager em;

  /** Oldest first, one per guest message the agent read. */
  public List<AgentTurn> turnsOf(String conversationId) {
    return em.createQuery(
            "SELECT t FROM AgentTurn t WHERE t.conversationId = :conversation ORDER BY t.id",
            AgentTurn.class)
        .setParameter("conversation", conversationId)
        .getResultList();
  }
}
