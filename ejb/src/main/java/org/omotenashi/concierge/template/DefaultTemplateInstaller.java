package org.omotenashi.concierge.template;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Installs the texts that ship with the product ({@code templates/defaults.yaml}, six languages)
 * on every start: a key or language the database does not have yet gets them as version 1; what
 * is there, edited by staff or not, is left alone. So a first start has every text, and an upgrade
 * adds its new keys without overwriting anyone's wording.
 *
 * <p>Fails the deployment when the shipped texts are broken (a key the code uses without an English
 * text, an invalid pattern): better no start than a guest receiving a blank message.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DefaultTemplateInstaller {
  static final String AUTHOR = "system";
  static final String REASON = "Shipped with Omotenashi Concierge";
  private static final Logger LOG = Logger.getLogger(DefaultTemplateInstaller.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @PostConstruct
  void install() {
    // load() checks them too: a broken shipped text fails the deployment here.
    List<DefaultTemplate> defaults = DefaultTemplates.load();
    int added = 0;
    for (DefaultTemplate text : defaults) {
      // Native and idempotent: instances of a cluster starting together install each text once.
      List<?> created =
          em.createNativeQuery(
                  "INSERT INTO template (template_key, language, variant, active_version)"
                      + " VALUES (?1, ?2, '', 1) ON CONFLICT DO NOTHING RETURNING id")
              .setParameter(1, text.key())
              .setParameter(2, text.language())
              .getResultList();
      if (!created.isEmpty()) {
        em.createNativeQuery(
                "INSERT INTO template_version (template_id, version, body, author, reason, created_at)"
                    + " VALUES (?1, 1, ?2, ?3, ?4, ?5)")
            .setParameter(1, ((Number) created.get(0)).longValue())
            .setParameter(2, text.text())
            .setParameter(3, AUTHOR)
            .setParameter(4, REASON)
            .setParameter(5, clock.instant().atOffset(ZoneOffset.UTC))
            .executeUpdate();
        added++;
      }
    }
    int installed = added;
    LOG.info(() -> installed + " message templates installed (" + defaults.size() + " ship with the product)");
  }
}
