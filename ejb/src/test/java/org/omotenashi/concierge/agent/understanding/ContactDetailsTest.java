package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactDetailsTest {

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          my email is ana.garcia@example.com.                 | ana.garcia@example.com
          Mi correo: Ana.Garcia+hotel@Example.co.jp gracias   | Ana.Garcia+hotel@Example.co.jp
          écrivez-moi à claire@exemple.fr, merci              | claire@exemple.fr
          E-Mail hans.mueller@beispiel.de                     | hans.mueller@beispiel.de
          meu e-mail é joao_silva@exemplo.com.br              | joao_silva@exemplo.com.br
          メールはtanaka@example.jpです                           | tanaka@example.jp
          """)
  void findsTheEmail(String text, String expected) {
    assertThat(ContactDetails.email(text)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          my phone is +81 90 1234 5678                  | +819012345678
          Mi móvil: +34 612 345 678                     | +34612345678
          appelez-moi au +33 6 12 34 56 78              | +33612345678
          Telefon 0049 30 1234567                       | +49301234567
          Tel. +49 (0)30 1234567                        | +49301234567
          meu celular é +55 11 91234-5678               | +5511912345678
          電話番号は090-1234-5678です                        | 09012345678
          call me on (03) 5555 0123                     | 0355550123
          06 12 34 56 78                                | 0612345678
          """)
  void findsThePhone(String text, String expected) {
    assertThat(ContactDetails.phone(text)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SKR-7K3Q9P
          arriving 2027-01-15
          le 15.01.2027
          room 305
          it costs ¥54,000
          1.500.000 €
          at 10:30
          2 adults 1 child
          from 3 to 5 March
          +81 12
          """)
  void findsNoPhoneWhereThereIsNone(String text) {
    assertThat(ContactDetails.phone(text)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | my name is Ana García                                     | Ana García
          en | My name is Ana, and my email is ana@example.com           | Ana
          en | I'm John Smith                                            | John Smith
          en | Hi, I'm John Smith, arriving tomorrow                     | John Smith
          en | this is Maria                                             | Maria
          en | name: Peter van der Berg                                  | Peter van der Berg
          en | my name is ana garcia and I need a room                   | ana garcia
          es | me llamo Ana                                              | Ana
          es | Perfecto, resérvela a nombre de Lucía Fernández           | Lucía Fernández
          es | va, resérvelo a nombre de Valentina Ríos porfa            | Valentina Ríos
          fr | Réservez au nom de Nathalie Rousseau svp                  | Nathalie Rousseau
          de | Super, dann bitte buchen auf Stefan Krüger                | Stefan Krüger
          en | book it for Ann Lee please                                | Ann Lee
          en | great, pls book it. name's Daniel Okafor                  | Daniel Okafor
          de | Gut, dann buchen Sie bitte auf Petra Schulz, petra@example.de | Petra Schulz
          de | ok bucht das bitte auf Jonas Weber                        | Jonas Weber
          ja | 山本さくらです                                             | 山本さくら
          en | please book it under the name John Smith                  | John Smith
          fr | Réservez au nom de Claire Dubois, s'il vous plaît         | Claire Dubois
          fr | Réservez-la, au nom d'Antoine Girard                      | Antoine Girard
          de | bitte auf den Namen Hans Müller                           | Hans Müller
          pt | pode reservar em nome de João Silva                       | João Silva
          es | Hola, soy Ana García                                      | Ana García
          es | mi nombre es José Luis de la Fuente.                      | José Luis de la Fuente
          fr | je m'appelle Claire Dubois                                | Claire Dubois
          fr | Bonjour, je suis Claire Dubois                            | Claire Dubois
          fr | mon nom est Dubois                                        | Dubois
          de | ich heiße Hans Müller                                     | Hans Müller
          de | Mein Name ist Hans                                        | Hans
          de | Hallo, ich bin Hans Müller                                | Hans Müller
          pt | meu nome é João Silva                                     | João Silva
          pt | me chamo Maria                                            | Maria
          pt | chamo-me Maria dos Santos                                 | Maria dos Santos
          pt | Olá, sou o João                                           | João
          pt | sou a Maria                                               | Maria
          ja | 私の名前は田中です                                              | 田中
          ja | 田中と申します                                                | 田中
          ja | 田中です                                                   | 田中
          ja | 名前は田中太郎です。                                             | 田中太郎
          ja | はじめまして、スミスです。よろしくお願いします                                | スミス
          """)
  void findsTheName(String language, String text, String expected) {
    assertThat(ContactDetails.name(text, language)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | I'm vegetarian
          en | I'm Japanese
          en | I'm arriving at 7
          en | reserve a table for Tuesday Night
          en | this is great
          en | I am looking for a room
          en | Can I speak to Maria?
          es | soy vegetariano
          es | soy de México
          es | Soy Vegetariano
          fr | je suis végétarien
          fr | je suis Française
          fr | je suis en retard
          de | Ich bin Vegetarier
          de | ich bin Gast in Zimmer 305
          de | ich bin spät dran
          pt | sou vegetariano
          pt | sou do Brasil
          ja | 大丈夫です
          ja | 結構です
          ja | 一人です
          ja | 予約の確認をお願いします。田中さんはいますか
          """)
  void findsNoNameWhereThereIsNone(String language, String text) {
    assertThat(ContactDetails.name(text, language)).isEmpty();
  }
}
