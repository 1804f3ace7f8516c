package org.omotenashi.concierge.agent.understanding;

import java.util.List;
import java.util.Map;

/**
 * Messages the intent classifier is tested on, written separately from its training corpus (not
 * paraphrases of it), one {@code INTENT | message} a line, per language.
 */
final class IntentHeldOut {
  private IntentHeldOut() {}

  record Example(Intent intent, String text) {}

  static Map<String, List<Example>> byLanguage() {
    return Map.of(
        "en", parse(EN),
        "ja", parse(JA),
        "es", parse(ES),
        "fr", parse(FR),
        "pt", parse(PT),
        "de", parse(DE));
  }

  private static List<Example> parse(String block) {
    return block
        .lines()
        .filter(line -> !line.isBlank())
        .map(
            line -> {
              int bar = line.indexOf('|');
              return new Example(
                  Intent.valueOf(line.substring(0, bar).strip()), line.substring(bar + 1).strip());
            })
        .toList();
  }

  private static final String EN =
      """
      GREETING | Hey hello!
      GREETING | good morning sakura hotel
      GREETING | Hi, this is David Chen
      GREETING | Evening!
      GREETING | hello, is anybody there
      GREETING | Hi hi
      GREETING | Hello, good evening to you
      GREETING | heyy
      GOODBYE | thank you!!
      GOODBYE | Awesome, thanks so much
      GOODBYE | ok great, bye
      GOODBYE | Thanks for everything, see you
      GOODBYE | perfect thank u
      GOODBYE | That helps a lot, thank you
      GOODBYE | goodnight and thanks
      AVAILABILITY | Any free rooms on the 18th of March for two?
      AVAILABILITY | How much does the tatami room cost per night in October?
      AVAILABILITY | is there space for a family of four next weekend
      AVAILABILITY | what's the price for 3 nights from Sept 9, two adults
      AVAILABILITY | Do you have availability tonight?
      AVAILABILITY | are any king rooms left for 2-5 august
      AVAILABILITY | I'd like to know the rates for a twin from the 11th to the 13th
      AVAILABILITY | Can you check if there are rooms on Christmas Eve?
      AVAILABILITY | hi, rooms available feb 10 for 1 person? price?
      AVAILABILITY | How much would the garden suite be for a Friday night?
      AVAILABILITY | do u have any vacancy on the 2nd
      AVAILABILITY | What would 6 nights cost in the deluxe room?
      AVAILABILITY | Is the accessible room free from 3 to 5 June?
      AVAILABILITY | Is anything free for two people over Golden Week?
      AVAILABILITY | how much are your rooms
      BOOK | Please book me the twin from 18 to 20 March
      BOOK | I'd like to reserve the garden suite for Friday and Saturday
      BOOK | Can you make a reservation for 3 adults on the 5th?
      BOOK | yes, let's book that room
      BOOK | we want to book 1 king room, arriving 2 July, leaving 4 July
      BOOK | Please go ahead and reserve it for me
      BOOK | I'll book the tatami room for my family for 2 nights
      BOOK | reserve a twin for me and my colleague tomorrow please
      BOOK | How do I book a room with you? I want next Friday
      BOOK | Book the cheapest room for the 9th, 1 night
      BOOK | Id like to book pls, 2 ppl, 14-16 nov
      BOOK | Great, please reserve the deluxe king under Johnson
      BOOK | I would like to make a booking
      BOOK | please secure a room for us on 3 april
      BOOK | Confirm the reservation for the tatami room please
      LOOKUP_BOOKING | What's the status of booking SKR-3J8K2M?
      LOOKUP_BOOKING | Can you tell me which room I have booked?
      LOOKUP_BOOKING | Is my stay next week still confirmed?
      LOOKUP_BOOKING | I can't remember my check-in date, can you look it up?
      LOOKUP_BOOKING | my reservation is under Lee, can you find it
      LOOKUP_BOOKING | how many guests is my booking for
      LOOKUP_BOOKING | Do you see my reservation for 2 nights in May?
      LOOKUP_BOOKING | Can you send me the details of my booking again?
      LOOKUP_BOOKING | check reservation skr-9x2c4v
      LOOKUP_BOOKING | I booked through Booking.com, do you have it?
      LOOKUP_BOOKING | What did I pay for my reservation?
      LOOKUP_BOOKING | please confirm my booking details
      LOOKUP_BOOKING | Is it the twin room I reserved or the king?
      LOOKUP_BOOKING | did you receive my reservation?
      LOOKUP_BOOKING | When does my reservation start?
      MODIFY_BOOKING | Could we move our reservation to the following week?
      MODIFY_BOOKING | I'd like to add an extra night to booking SKR-7K3Q9P
      MODIFY_BOOKING | We'll arrive on the 6th instead of the 5th, please update
      MODIFY_BOOKING | Can you change my room to the garden suite?
      MODIFY_BOOKING | please make it 2 nights instead of 3
      MODIFY_BOOKING | Can my friend join? Need to add a third person
      MODIFY_BOOKING | I need to change my check-out date to Monday
      MODIFY_BOOKING | can I swap the twin for a king room in my booking
      MODIFY_BOOKING | Is it possible to stay one more night?
      MODIFY_BOOKING | change the dates of my reservation to 12-14 May
      MODIFY_BOOKING | Could you modify my booking to add breakfast?
      MODIFY_BOOKING | We'd like to leave on Tuesday rather than Wednesday
      MODIFY_BOOKING | please update my reservation, only 1 adult now
      MODIFY_BOOKING | Can I extend until Friday?
      MODIFY_BOOKING | need to push my arrival back two days
      CANCEL_BOOKING | Please cancel my reservation for the 12th
      CANCEL_BOOKING | I need to cancel booking SKR-4R5T6Y
      CANCEL_BOOKING | We have to cancel our trip, please cancel the room
      CANCEL_BOOKING | can u cancel it pls
      CANCEL_BOOKING | Cancel my stay, I'm sick
      CANCEL_BOOKING | I want to cancel one night of... no, actually the whole booking
      CANCEL_BOOKING | our flights were cancelled so we need to cancel the hotel too
      CANCEL_BOOKING | I'd like to cancel, we found another place
      CANCEL_BOOKING | Please cancel everything under Brown
      CANCEL_BOOKING | Cancel the reservation for March please
      CANCEL_BOOKING | i would like to cancell my reservation
      CANCEL_BOOKING | We will not be coming, cancel the booking
      CANCEL_BOOKING | How can I cancel my booking?
      CANCEL_BOOKING | cancel reservation
      CANCEL_BOOKING | Please cancel our room for tomorrow
      HOTEL_INFO | what time does breakfast start
      HOTEL_INFO | Is there free wifi in the rooms?
      HOTEL_INFO | Do you have parking for a rental car?
      HOTEL_INFO | are dogs allowed
      HOTEL_INFO | How do I get to the hotel from Kansai airport?
      HOTEL_INFO | Is the hot spring bath open in the morning?
      HOTEL_INFO | When do I have to check out?
      HOTEL_INFO | Do you serve dinner?
      HOTEL_INFO | Can I pay with Visa?
      HOTEL_INFO | what's the cancellation policy
      HOTEL_INFO | How far is Kiyomizu-dera from you?
      HOTEL_INFO | Is there an elevator for wheelchairs?
      HOTEL_INFO | whats the wifi password
      HOTEL_INFO | Can children stay for free?
      HOTEL_INFO | Do you have a place where I can do laundry?
      HOTEL_INFO | What time can we check in?
      HOTEL_INFO | Is smoking allowed anywhere?
      SERVICE_REQUEST | Could you send up some extra towels to 204?
      SERVICE_REQUEST | The heater in my room doesn't work
      SERVICE_REQUEST | I'd like a massage this evening at 8
      SERVICE_REQUEST | Can you call me a cab to the station at 9?
      SERVICE_REQUEST | Please wake me at 6 tomorrow
      SERVICE_REQUEST | Can we get more pillows please?
      SERVICE_REQUEST | The shower is leaking
      SERVICE_REQUEST | Can you hold our suitcases until the evening?
      SERVICE_REQUEST | I want to order dinner to my room
      SERVICE_REQUEST | the key card doesn't open my door
      SERVICE_REQUEST | Please arrange a transfer to Itami airport tomorrow morning
      SERVICE_REQUEST | We need a baby cot please
      SERVICE_REQUEST | Could I get an invoice with my company name?
      SERVICE_REQUEST | Can you reserve a table at Kaede for 4 at 7pm?
      SERVICE_REQUEST | The bathroom light flickers, could someone look at it?
      SERVICE_REQUEST | Please clean room 302
      EARLY_CHECKIN | Could we check in early on Friday?
      EARLY_CHECKIN | We land at 6am, any chance the room is ready early?
      EARLY_CHECKIN | Is it possible to get into the room at 11?
      EARLY_CHECKIN | early check-in please
      EARLY_CHECKIN | Can I check in before 3?
      EARLY_CHECKIN | We'd like to drop in and take the room around noon
      EARLY_CHECKIN | could the room be available earlier than 3pm
      LATE_CHECKOUT | Can we do a late checkout tomorrow?
      LATE_CHECKOUT | I'd like to check out at 1pm if possible
      LATE_CHECKOUT | could we keep the room until 2?
      LATE_CHECKOUT | Is late check out available on Sunday?
      LATE_CHECKOUT | Our flight is at 8pm, can we stay in the room longer?
      LATE_CHECKOUT | Can I leave the room at noon instead of 11?
      LATE_CHECKOUT | I need a later check-out please
      LATE_CHECKOUT | Can checkout be at 12:30?
      COMPLAINT | This is unacceptable, there is no hot water and nobody cares
      COMPLAINT | I'm very unhappy with the cleanliness of my room
      COMPLAINT | The staff were so rude this morning
      COMPLAINT | Worst service ever
      COMPLAINT | We've been waiting 2 hours for our room, this is a joke
      COMPLAINT | I'd like to complain about the noise
      COMPLAINT | Really disappointed, the room is tiny and smells
      COMPLAINT | Nobody has come to fix the AC despite 3 calls!
      COMPLAINT | The breakfast was awful and overpriced
      COMPLAINT | I am not happy at all, you charged my card twice
      COMPLAINT | Your reception ignored me for 20 minutes
      COMPLAINT | there were stains on the sheets, disgusting
      COMPLAINT | I expected much more from a hotel at this price
      COMPLAINT | This stay has been a nightmare
      COMPLAINT | Terrible experience with your front desk
      HUMAN | Can I speak to a real human please?
      HUMAN | I want to talk to someone at the front desk
      HUMAN | connect me with a person
      HUMAN | I'd like to speak to the manager
      HUMAN | Please get a staff member to call me
      HUMAN | Could a human help me instead?
      HUMAN | talk to person
      HUMAN | I don't want to chat with a bot
      HUMAN | Can someone from reception contact me
      HUMAN | let me speak with staff
      HUMAN | Is there a person I can talk to?
      HUMAN | I need a human agent
      HUMAN | Please have a real person reply
      HUMAN | Can I talk to somebody?
      HUMAN | call me please, I prefer talking to staff
      OUT_OF_SCOPE | What's the capital of Peru
      OUT_OF_SCOPE | write me a poem about the sea
      OUT_OF_SCOPE | who won the match yesterday
      OUT_OF_SCOPE | jfkdlsjfkl
      OUT_OF_SCOPE | What's the population of China?
      OUT_OF_SCOPE | Can you solve this equation: x+3=7
      OUT_OF_SCOPE | tell me a story
      OUT_OF_SCOPE | What is the best smartphone?
      OUT_OF_SCOPE | how old is the universe
      OUT_OF_SCOPE | play some music
      OUT_OF_SCOPE | who wrote hamlet
      OUT_OF_SCOPE | what's your opinion on politics
      OUT_OF_SCOPE | zzzz
      OUT_OF_SCOPE | hahaha
      OUT_OF_SCOPE | recommend me a book to read
      """;

  private static final String JA =
      """
      GREETING | こんにちは！お世話になります
      GREETING | おはようございます、ホテルさくらさん
      GREETING | こんにちは、中村と申します
      GREETING | こんばんは〜
      GREETING | もしもし、どなたかいますか
      GREETING | どうも、こんにちは
      GREETING | こんにちは、はじめまして
      GREETING | おはよう！
      GOODBYE | ありがとうございました！！
      GOODBYE | 助かります、本当にありがとう
      GOODBYE | OK、ではまた
      GOODBYE | いろいろありがとうございました、またお会いしましょう
      GOODBYE | 了解、ありがとう
      GOODBYE | とても参考になりました、ありがとうございます
      GOODBYE | ありがとう、おやすみなさい
      AVAILABILITY | 3月18日に2人で泊まれる部屋はありますか？
      AVAILABILITY | 10月の和室は1泊いくらですか？
      AVAILABILITY | 来週末、4人家族で泊まれますか
      AVAILABILITY | 9月9日から3泊、大人2名の料金を教えてください
      AVAILABILITY | 今晩空室ありますか？
      AVAILABILITY | 8月2日から5日までキングルームの空きはありますか？
      AVAILABILITY | 11日から13日までのツインの料金を知りたいです
      AVAILABILITY | クリスマスイブに部屋が空いているか調べてもらえますか？
      AVAILABILITY | 2月10日に1名で空いてますか？料金は？
      AVAILABILITY | 金曜日のガーデンスイートはおいくらですか？
      AVAILABILITY | 2日って空いてる？
      AVAILABILITY | デラックスに6泊するといくらになりますか？
      AVAILABILITY | 6月3日から5日までバリアフリーの部屋は空いていますか？
      AVAILABILITY | ゴールデンウィークに2人で泊まれる部屋はありますか？
      AVAILABILITY | 部屋の値段はどのくらいですか
      BOOK | 3月18日から20日までツインを予約してください
      BOOK | 金曜と土曜にガーデンスイートを予約したいです
      BOOK | 5日に大人3名で予約をお願いできますか？
      BOOK | はい、その部屋を予約しましょう
      BOOK | 7月2日チェックイン、4日チェックアウトでキングを1室予約したいです
      BOOK | 私の名前で予約を進めてください
      BOOK | 家族で和室を2泊予約します
      BOOK | 明日、同僚と私でツインを予約してください
      BOOK | 予約はどうすればいいですか？来週の金曜日に泊まりたいです
      BOOK | 9日に一番安い部屋を1泊予約してください
      BOOK | 予約お願いします、2名、11月14日から16日
      BOOK | では、デラックスキングを渡辺で予約してください
      BOOK | 予約をしたいのですが
      BOOK | 4月3日に1部屋確保してください
      BOOK | 和室の予約を確定してください
      LOOKUP_BOOKING | 予約SKR-3J8K2Mの状況はどうなっていますか？
      LOOKUP_BOOKING | 私が予約した部屋はどれですか？
      LOOKUP_BOOKING | 来週の宿泊はまだ確定していますか？
      LOOKUP_BOOKING | 到着日を忘れてしまったので調べてもらえますか？
      LOOKUP_BOOKING | 木村の名前で予約しています、見つかりますか
      LOOKUP_BOOKING | 予約は何名になっていますか
      LOOKUP_BOOKING | 5月に2泊の予約が入っているか見えますか？
      LOOKUP_BOOKING | 予約の詳細をもう一度送ってもらえますか？
      LOOKUP_BOOKING | 予約skr-9x2c4vを確認
      LOOKUP_BOOKING | Booking.comで予約したのですが、そちらにありますか？
      LOOKUP_BOOKING | 予約でいくら払いましたか？
      LOOKUP_BOOKING | 予約内容を確認させてください
      LOOKUP_BOOKING | 予約したのはツインとキングのどちらでしたか？
      LOOKUP_BOOKING | 予約は届いていますか？
      LOOKUP_BOOKING | 私の予約はいつからですか？
      MODIFY_BOOKING | 予約を翌週に移せますか？
      MODIFY_BOOKING | 予約SKR-7K3Q9Pに1泊追加したいです
      MODIFY_BOOKING | 5日ではなく6日に到着するので変更してください
      MODIFY_BOOKING | ガーデンスイートに変えてもらえますか？
      MODIFY_BOOKING | 3泊じゃなくて2泊にしてください
      MODIFY_BOOKING | 友人も来るので3人目を追加したいです
      MODIFY_BOOKING | チェックアウト日を月曜日に変更したいです
      MODIFY_BOOKING | 予約のツインをキングに変えられますか
      MODIFY_BOOKING | もう一泊延ばすことはできますか？
      MODIFY_BOOKING | 予約の日程を5月12日から14日に変えてください
      MODIFY_BOOKING | 予約に朝食を追加できますか？
      MODIFY_BOOKING | 水曜日ではなく火曜日に出発したいです
      MODIFY_BOOKING | 予約を大人1名に変更してください
      MODIFY_BOOKING | 金曜日まで延長できますか？
      MODIFY_BOOKING | 到着を2日遅らせたいです
      CANCEL_BOOKING | 12日の予約をキャンセルしてください
      CANCEL_BOOKING | 予約SKR-4R5T6Yをキャンセルする必要があります
      CANCEL_BOOKING | 旅行が中止になったので部屋をキャンセルしてください
      CANCEL_BOOKING | キャンセルしてもらえる？
      CANCEL_BOOKING | 体調を崩したので宿泊をキャンセルします
      CANCEL_BOOKING | 飛行機が欠航になったのでホテルもキャンセルします
      CANCEL_BOOKING | 別の宿が見つかったのでキャンセルしたいです
      CANCEL_BOOKING | 松本の名前の予約を全部キャンセルしてください
      CANCEL_BOOKING | 3月の予約を取り消してください
      CANCEL_BOOKING | 予約をきゃんせるしたい
      CANCEL_BOOKING | 行かないので予約をキャンセルしてください
      CANCEL_BOOKING | 予約のキャンセルはどうすればいいですか？
      CANCEL_BOOKING | 予約取り消し
      CANCEL_BOOKING | 明日の部屋をキャンセルしてください
      CANCEL_BOOKING | 部屋はもう必要ないので取り消してください
      HOTEL_INFO | 朝食は何時から始まりますか
      HOTEL_INFO | 部屋のWi-Fiは無料ですか？
      HOTEL_INFO | レンタカーを停める場所はありますか？
      HOTEL_INFO | 犬は大丈夫ですか？
      HOTEL_INFO | 関西空港からホテルへの行き方を教えてください
      HOTEL_INFO | 温泉は朝も入れますか？
      HOTEL_INFO | 何時までに部屋を出ないといけませんか？
      HOTEL_INFO | 夕食は出していますか？
      HOTEL_INFO | Visaで払えますか？
      HOTEL_INFO | キャンセル規定はどうなっていますか
      HOTEL_INFO | 清水寺まではどのくらいですか？
      HOTEL_INFO | 車椅子用のエレベーターはありますか？
      HOTEL_INFO | ネットのパスワードは？
      HOTEL_INFO | 子供は無料ですか？
      HOTEL_INFO | 洗濯できるところはありますか？
      HOTEL_INFO | 何時から部屋に入れますか？
      SERVICE_REQUEST | 204号室にタオルを追加で持ってきてもらえますか？
      SERVICE_REQUEST | 部屋の暖房がききません
      SERVICE_REQUEST | 今夜8時にマッサージをお願いしたいです
      SERVICE_REQUEST | 9時に駅までのタクシーを呼んでもらえますか？
      SERVICE_REQUEST | 明日6時に起こしてください
      SERVICE_REQUEST | 枕をもう少しもらえますか？
      SERVICE_REQUEST | シャワーから水が漏れています
      SERVICE_REQUEST | 夜までスーツケースを預かってもらえますか？
      SERVICE_REQUEST | 夕食を部屋に頼みたいです
      SERVICE_REQUEST | カードでドアが開きません
      SERVICE_REQUEST | 明日の朝、伊丹空港への送迎を手配してください
      SERVICE_REQUEST | ベビーベッドをお願いします
      SERVICE_REQUEST | 会社名で領収書を出してもらえますか？
      SERVICE_REQUEST | 楓で19時に4名の席を予約してもらえますか？
      SERVICE_REQUEST | バスルームの電気がチカチカするので見てもらえますか？
      SERVICE_REQUEST | 302号室を掃除してください
      EARLY_CHECKIN | 金曜日は早めにチェックインできますか？
      EARLY_CHECKIN | 朝6時に着く便なのですが、早く部屋に入れますか？
      EARLY_CHECKIN | 11時に部屋に入ることはできますか？
      EARLY_CHECKIN | アーリーチェックインでお願いします
      EARLY_CHECKIN | 15時前にチェックインできますか？
      EARLY_CHECKIN | 正午ごろに部屋に入りたいのですが
      EARLY_CHECKIN | 15時より前に部屋を使わせてもらえますか
      LATE_CHECKOUT | 明日レイトチェックアウトできますか？
      LATE_CHECKOUT | できれば13時に部屋を出たいです
      LATE_CHECKOUT | 14時まで部屋を使えますか？
      LATE_CHECKOUT | 日曜日はレイトチェックアウトできますか？
      LATE_CHECKOUT | 夜8時のフライトなので、もう少し部屋にいられますか？
      LATE_CHECKOUT | 11時ではなくお昼に出てもいいですか？
      LATE_CHECKOUT | チェックアウトを遅めにしてほしいです
      LATE_CHECKOUT | 12時半にチェックアウトでもいいですか？
      COMPLAINT | お湯が出ないのに誰も対応してくれない、ありえません
      COMPLAINT | 部屋の清潔さにとても不満です
      COMPLAINT | 今朝のスタッフの対応がとても失礼でした
      COMPLAINT | 今までで最悪のサービスです
      COMPLAINT | 2時間も部屋を待たされています、冗談でしょう
      COMPLAINT | 騒音について苦情があります
      COMPLAINT | 部屋が狭くて臭い、がっかりしました
      COMPLAINT | 3回も電話したのにエアコンを直しに誰も来ません！
      COMPLAINT | 朝食はまずいし高すぎます
      COMPLAINT | カードが二重に請求されていて、全く納得できません
      COMPLAINT | フロントに20分も無視されました
      COMPLAINT | シーツにシミがあって気持ち悪いです
      COMPLAINT | この値段ならもっと良いと思っていました
      COMPLAINT | 今回の滞在は悪夢でした
      COMPLAINT | フロントの対応が本当にひどかった
      HUMAN | 本物の人間と話させてください
      HUMAN | フロントの人と話したいです
      HUMAN | 人につないでください
      HUMAN | マネージャーと話したいのですが
      HUMAN | スタッフの方から電話をください
      HUMAN | 人間に対応してもらえますか？
      HUMAN | 人と話す
      HUMAN | ボットとは話したくありません
      HUMAN | フロントの方から連絡をください
      HUMAN | スタッフと話させてください
      HUMAN | 話せる人はいますか？
      HUMAN | 人間の担当者をお願いします
      HUMAN | 実際の人に返信してほしいです
      HUMAN | 誰かと話せますか？
      HUMAN | 電話をください、スタッフと直接話したいです
      OUT_OF_SCOPE | ペルーの首都は
      OUT_OF_SCOPE | 海についての詩を書いてください
      OUT_OF_SCOPE | 昨日の試合はどこが勝ちましたか
      OUT_OF_SCOPE | ｊｆｋｄｌｓｊｆｋｌ
      OUT_OF_SCOPE | 中国の人口は何人ですか？
      OUT_OF_SCOPE | この方程式を解いて：x+3=7
      OUT_OF_SCOPE | 物語を聞かせて
      OUT_OF_SCOPE | 一番いいスマホはどれですか？
      OUT_OF_SCOPE | 宇宙は何歳ですか
      OUT_OF_SCOPE | 音楽をかけて
      OUT_OF_SCOPE | 源氏物語を書いたのは誰
      OUT_OF_SCOPE | 政治についてどう思う？
      OUT_OF_SCOPE | zzzz
      OUT_OF_SCOPE | 草
      OUT_OF_SCOPE | おすすめの本を教えて
      """;

  private static final String ES =
      """
      GREETING | Hola, buenas tardes!
      GREETING | buenos dias hotel sakura
      GREETING | Hola, soy Javier Ortega
      GREETING | Buenas noches!
      GREETING | hola, alguien por ahí?
      GREETING | ola que tal
      GREETING | Hola hola, buenas
      GREETING | Muy buenos días
      GOODBYE | gracias!!
      GOODBYE | Genial, mil gracias
      GOODBYE | ok perfecto, adiós
      GOODBYE | Gracias por todo, hasta pronto
      GOODBYE | vale gracias
      GOODBYE | Me ha servido mucho, gracias
      GOODBYE | buenas noches y gracias
      AVAILABILITY | ¿Hay habitaciones libres el 18 de marzo para dos?
      AVAILABILITY | ¿Cuánto cuesta la noche en la habitación tatami en octubre?
      AVAILABILITY | hay sitio para una familia de cuatro el finde que viene
      AVAILABILITY | precio para 3 noches desde el 9 de septiembre, dos adultos
      AVAILABILITY | ¿Tienen disponibilidad esta noche?
      AVAILABILITY | quedan habitaciones king del 2 al 5 de agosto?
      AVAILABILITY | Quisiera saber las tarifas de una twin del 11 al 13
      AVAILABILITY | ¿Pueden mirar si hay habitaciones en Nochebuena?
      AVAILABILITY | hola, habitación libre el 10 de febrero para 1 persona? precio?
      AVAILABILITY | ¿Cuánto sería la suite jardín un viernes?
      AVAILABILITY | tienen plaza el dia 2
      AVAILABILITY | ¿Qué costarían 6 noches en la deluxe?
      AVAILABILITY | ¿La habitación adaptada está libre del 3 al 5 de junio?
      AVAILABILITY | ¿Hay algo libre para dos en Semana Santa?
      AVAILABILITY | que precio tienen las habitaciones
      BOOK | Resérvame la twin del 18 al 20 de marzo por favor
      BOOK | Quisiera reservar la suite jardín viernes y sábado
      BOOK | ¿Pueden hacerme una reserva para 3 adultos el día 5?
      BOOK | sí, reservemos esa habitación
      BOOK | queremos reservar 1 king, llegada 2 de julio, salida 4 de julio
      BOOK | Adelante, resérvenla a mi nombre
      BOOK | Reservo la tatami para mi familia 2 noches
      BOOK | reserven una twin para mi compañero y para mí mañana
      BOOK | ¿Cómo reservo con ustedes? Quiero el viernes que viene
      BOOK | Reserven la habitación más barata para el 9, una noche
      BOOK | quiero reservar porfa, 2 personas, 14-16 nov
      BOOK | Perfecto, resérvenme la deluxe king a nombre de Jiménez
      BOOK | Me gustaría hacer una reserva
      BOOK | aseguren una habitación para nosotros el 3 de abril
      BOOK | Confirmen la reserva de la habitación tatami por favor
      LOOKUP_BOOKING | ¿Cuál es el estado de la reserva SKR-3J8K2M?
      LOOKUP_BOOKING | ¿Me dicen qué habitación tengo reservada?
      LOOKUP_BOOKING | ¿Sigue confirmada mi estancia de la semana que viene?
      LOOKUP_BOOKING | No recuerdo mi fecha de llegada, ¿la pueden consultar?
      LOOKUP_BOOKING | mi reserva está a nombre de López, la encuentran?
      LOOKUP_BOOKING | para cuantas personas es mi reserva
      LOOKUP_BOOKING | ¿Ven mi reserva de 2 noches en mayo?
      LOOKUP_BOOKING | ¿Me mandan otra vez los datos de mi reserva?
      LOOKUP_BOOKING | revisar reserva skr-9x2c4v
      LOOKUP_BOOKING | Reservé por Booking, ¿la tienen?
      LOOKUP_BOOKING | ¿Cuánto pagué por mi reserva?
      LOOKUP_BOOKING | confirmenme los datos de la reserva por favor
      LOOKUP_BOOKING | ¿Reservé la twin o la king?
      LOOKUP_BOOKING | les llegó mi reserva?
      LOOKUP_BOOKING | ¿Cuándo empieza mi reserva?
      MODIFY_BOOKING | ¿Podemos pasar la reserva a la semana siguiente?
      MODIFY_BOOKING | Quisiera añadir una noche a la reserva SKR-7K3Q9P
      MODIFY_BOOKING | Llegaremos el 6 en vez del 5, actualícenlo por favor
      MODIFY_BOOKING | ¿Me pueden cambiar a la suite jardín?
      MODIFY_BOOKING | que sean 2 noches en lugar de 3
      MODIFY_BOOKING | Viene una amiga, hay que añadir una tercera persona
      MODIFY_BOOKING | Necesito cambiar la fecha de salida al lunes
      MODIFY_BOOKING | puedo cambiar la twin por una king en mi reserva
      MODIFY_BOOKING | ¿Es posible quedarse una noche más?
      MODIFY_BOOKING | cambien las fechas de mi reserva al 12-14 de mayo
      MODIFY_BOOKING | ¿Pueden modificar mi reserva para incluir desayuno?
      MODIFY_BOOKING | Preferimos irnos el martes y no el miércoles
      MODIFY_BOOKING | actualicen la reserva, ahora solo 1 adulto
      MODIFY_BOOKING | ¿Puedo alargar hasta el viernes?
      MODIFY_BOOKING | tengo que retrasar la llegada dos días
      CANCEL_BOOKING | Cancelen mi reserva del día 12 por favor
      CANCEL_BOOKING | Necesito cancelar la reserva SKR-4R5T6Y
      CANCEL_BOOKING | Se nos cancela el viaje, anulen la habitación
      CANCEL_BOOKING | me la pueden cancelar porfa
      CANCEL_BOOKING | Cancelen mi estancia, estoy enfermo
      CANCEL_BOOKING | Los vuelos se cancelaron, así que cancelamos también el hotel
      CANCEL_BOOKING | Quisiera anular, hemos encontrado otro alojamiento
      CANCEL_BOOKING | Cancelen todo lo que está a nombre de Díaz
      CANCEL_BOOKING | Anulen la reserva de marzo por favor
      CANCEL_BOOKING | quiero cancelar mi reservacion
      CANCEL_BOOKING | No vamos a venir, cancelen la reserva
      CANCEL_BOOKING | ¿Cómo puedo anular mi reserva?
      CANCEL_BOOKING | cancelar reserva
      CANCEL_BOOKING | Cancelen nuestra habitación de mañana, por favor
      CANCEL_BOOKING | ya no necesitamos la habitación, cancélenla
      HOTEL_INFO | a qué hora empieza el desayuno
      HOTEL_INFO | ¿Hay wifi gratis en las habitaciones?
      HOTEL_INFO | ¿Tienen sitio para aparcar un coche de alquiler?
      HOTEL_INFO | se admiten perros?
      HOTEL_INFO | ¿Cómo llego al hotel desde el aeropuerto de Kansai?
      HOTEL_INFO | ¿Las aguas termales abren por la mañana?
      HOTEL_INFO | ¿Cuándo hay que dejar la habitación?
      HOTEL_INFO | ¿Sirven cenas?
      HOTEL_INFO | ¿Puedo pagar con Visa?
      HOTEL_INFO | cual es la politica de cancelacion
      HOTEL_INFO | ¿A qué distancia está Kiyomizu-dera?
      HOTEL_INFO | ¿Hay ascensor para sillas de ruedas?
      HOTEL_INFO | cual es la clave del wifi
      HOTEL_INFO | ¿Los niños se alojan gratis?
      HOTEL_INFO | ¿Hay algún sitio para lavar la ropa?
      HOTEL_INFO | ¿Desde qué hora se puede entrar?
      SERVICE_REQUEST | ¿Pueden subir más toallas a la 204?
      SERVICE_REQUEST | La calefacción de mi habitación no funciona
      SERVICE_REQUEST | Quiero un masaje esta noche a las 8
      SERVICE_REQUEST | ¿Me piden un taxi a la estación a las 9?
      SERVICE_REQUEST | Despiértenme a las 6 mañana
      SERVICE_REQUEST | ¿Nos traen más almohadas?
      SERVICE_REQUEST | La ducha gotea
      SERVICE_REQUEST | ¿Nos guardan las maletas hasta la noche?
      SERVICE_REQUEST | Quiero pedir la cena a la habitación
      SERVICE_REQUEST | la tarjeta no abre la puerta
      SERVICE_REQUEST | Organicen un traslado al aeropuerto de Itami mañana temprano
      SERVICE_REQUEST | Necesitamos una cuna por favor
      SERVICE_REQUEST | ¿Me hacen una factura a nombre de mi empresa?
      SERVICE_REQUEST | ¿Reservan mesa en Kaede para 4 a las 7?
      SERVICE_REQUEST | La luz del baño parpadea, ¿pueden mirarla?
      SERVICE_REQUEST | Limpien la 302 por favor
      EARLY_CHECKIN | ¿Podemos entrar antes el viernes?
      EARLY_CHECKIN | Aterrizamos a las 6, ¿podría estar la habitación antes?
      EARLY_CHECKIN | ¿Se puede entrar a la habitación a las 11?
      EARLY_CHECKIN | check in temprano por favor
      EARLY_CHECKIN | ¿Puedo hacer el check-in antes de las 3?
      EARLY_CHECKIN | Queremos ocupar la habitación hacia mediodía
      EARLY_CHECKIN | podria estar disponible la habitacion antes de las 15h
      LATE_CHECKOUT | ¿Podemos tener salida tardía mañana?
      LATE_CHECKOUT | Quisiera dejar la habitación a la 1 si se puede
      LATE_CHECKOUT | podemos quedarnos la habitación hasta las 2?
      LATE_CHECKOUT | ¿Hay salida tardía el domingo?
      LATE_CHECKOUT | El vuelo es a las 8 de la tarde, ¿podemos quedarnos más en la habitación?
      LATE_CHECKOUT | ¿Puedo salir a mediodía en vez de a las 11?
      LATE_CHECKOUT | Necesito salir más tarde, por favor
      LATE_CHECKOUT | ¿El check-out puede ser a las 12:30?
      COMPLAINT | Es inaceptable, no hay agua caliente y a nadie le importa
      COMPLAINT | Estoy muy descontento con la limpieza de mi habitación
      COMPLAINT | El personal fue muy grosero esta mañana
      COMPLAINT | El peor servicio que he visto
      COMPLAINT | Llevamos 2 horas esperando la habitación, es una tomadura de pelo
      COMPLAINT | Quiero quejarme del ruido
      COMPLAINT | Qué decepción, la habitación es diminuta y huele mal
      COMPLAINT | ¡Nadie viene a arreglar el aire y hemos llamado 3 veces!
      COMPLAINT | El desayuno fue malísimo y carísimo
      COMPLAINT | No estoy nada contento, me cobraron dos veces en la tarjeta
      COMPLAINT | En recepción me ignoraron 20 minutos
      COMPLAINT | las sábanas tenían manchas, qué asco
      COMPLAINT | Esperaba mucho más por este precio
      COMPLAINT | Esta estancia ha sido una pesadilla
      COMPLAINT | Muy mala experiencia con su recepción
      HUMAN | ¿Puedo hablar con una persona de verdad?
      HUMAN | Quiero hablar con alguien de recepción
      HUMAN | páseme con una persona
      HUMAN | Quisiera hablar con el gerente
      HUMAN | Que me llame alguien del personal por favor
      HUMAN | ¿Me puede atender un humano?
      HUMAN | hablar con persona
      HUMAN | No quiero hablar con un bot
      HUMAN | Que alguien de recepción me contacte
      HUMAN | déjeme hablar con el personal
      HUMAN | ¿Hay alguna persona con la que pueda hablar?
      HUMAN | Necesito un agente humano
      HUMAN | Que me conteste una persona real por favor
      HUMAN | ¿Puedo hablar con alguien?
      HUMAN | llámenme por favor, prefiero hablar con el personal
      OUT_OF_SCOPE | Cuál es la capital de Perú
      OUT_OF_SCOPE | escríbeme un poema sobre el mar
      OUT_OF_SCOPE | quién ganó el partido ayer
      OUT_OF_SCOPE | jfkdlsjfkl
      OUT_OF_SCOPE | ¿Cuántos habitantes tiene China?
      OUT_OF_SCOPE | Resuelve esta ecuación: x+3=7
      OUT_OF_SCOPE | cuéntame un cuento
      OUT_OF_SCOPE | ¿Cuál es el mejor móvil?
      OUT_OF_SCOPE | qué edad tiene el universo
      OUT_OF_SCOPE | pon música
      OUT_OF_SCOPE | quién escribió el Quijote
      OUT_OF_SCOPE | qué opinas de la política
      OUT_OF_SCOPE | zzzz
      OUT_OF_SCOPE | jejeje
      OUT_OF_SCOPE | recomiéndame un libro
      """;

  private static final String FR =
      """
      GREETING | Bonjour bonjour !
      GREETING | bonsoir hotel sakura
      GREETING | Bonjour, ici Thomas Girard
      GREETING | Bonsoir !
      GREETING | bonjour, y a quelqu'un
      GREETING | slt
      GREETING | Salut, bonsoir
      GREETING | Bonjour à vous
      GOODBYE | merci !!
      GOODBYE | Génial, merci mille fois
      GOODBYE | ok parfait, au revoir
      GOODBYE | Merci pour tout, à bientôt
      GOODBYE | d'accord merci
      GOODBYE | Ça m'aide beaucoup, merci
      GOODBYE | bonne nuit et merci
      AVAILABILITY | Vous avez des chambres libres le 18 mars pour deux ?
      AVAILABILITY | Combien coûte la nuit dans la chambre tatami en octobre ?
      AVAILABILITY | il y a de la place pour une famille de quatre le week-end prochain
      AVAILABILITY | prix pour 3 nuits à partir du 9 septembre, deux adultes
      AVAILABILITY | Avez-vous de la disponibilité ce soir ?
      AVAILABILITY | reste-t-il des chambres king du 2 au 5 août ?
      AVAILABILITY | J'aimerais connaître vos tarifs pour une twin du 11 au 13
      AVAILABILITY | Pouvez-vous regarder s'il y a des chambres pour Noël ?
      AVAILABILITY | bonjour, chambre libre le 10 février pour 1 personne ? prix ?
      AVAILABILITY | Combien pour la suite jardin un vendredi soir ?
      AVAILABILITY | vous avez de la place le 2
      AVAILABILITY | Combien coûteraient 6 nuits en deluxe ?
      AVAILABILITY | La chambre accessible est-elle libre du 3 au 5 juin ?
      AVAILABILITY | Il reste quelque chose pour deux pendant les vacances de Pâques ?
      AVAILABILITY | vos chambres sont à combien
      BOOK | Réservez-moi la twin du 18 au 20 mars svp
      BOOK | Je voudrais réserver la suite jardin vendredi et samedi
      BOOK | Pouvez-vous me faire une réservation pour 3 adultes le 5 ?
      BOOK | oui, réservons cette chambre
      BOOK | nous voulons réserver 1 king, arrivée 2 juillet, départ 4 juillet
      BOOK | Allez-y, réservez-la à mon nom
      BOOK | Je réserve la tatami pour ma famille, 2 nuits
      BOOK | réservez une twin pour mon collègue et moi demain
      BOOK | Comment je réserve chez vous ? Je veux vendredi prochain
      BOOK | Réservez la chambre la moins chère pour le 9, une nuit
      BOOK | je veux réserver svp, 2 pers, 14-16 nov
      BOOK | Parfait, réservez la deluxe king au nom de Roux
      BOOK | Je souhaiterais faire une réservation
      BOOK | bloquez une chambre pour nous le 3 avril
      BOOK | Confirmez la réservation de la chambre tatami svp
      LOOKUP_BOOKING | Où en est la réservation SKR-3J8K2M ?
      LOOKUP_BOOKING | Pouvez-vous me dire quelle chambre j'ai réservée ?
      LOOKUP_BOOKING | Mon séjour de la semaine prochaine est toujours confirmé ?
      LOOKUP_BOOKING | Je ne me souviens plus de ma date d'arrivée, vous pouvez regarder ?
      LOOKUP_BOOKING | ma réservation est au nom de Petit, vous la trouvez ?
      LOOKUP_BOOKING | pour combien de personnes est ma réservation
      LOOKUP_BOOKING | Vous voyez ma réservation de 2 nuits en mai ?
      LOOKUP_BOOKING | Vous pouvez me renvoyer les détails de ma réservation ?
      LOOKUP_BOOKING | vérifier réservation skr-9x2c4v
      LOOKUP_BOOKING | J'ai réservé via Booking, vous l'avez ?
      LOOKUP_BOOKING | Combien j'ai payé pour ma réservation ?
      LOOKUP_BOOKING | confirmez-moi les détails de la réservation svp
      LOOKUP_BOOKING | J'ai réservé la twin ou la king ?
      LOOKUP_BOOKING | vous avez bien reçu ma réservation ?
      LOOKUP_BOOKING | Ma réservation commence quand ?
      MODIFY_BOOKING | On peut décaler la réservation à la semaine suivante ?
      MODIFY_BOOKING | Je voudrais ajouter une nuit à la réservation SKR-7K3Q9P
      MODIFY_BOOKING | Nous arriverons le 6 au lieu du 5, merci de mettre à jour
      MODIFY_BOOKING | Pouvez-vous me passer dans la suite jardin ?
      MODIFY_BOOKING | mettez 2 nuits au lieu de 3
      MODIFY_BOOKING | Une amie nous rejoint, il faut ajouter une troisième personne
      MODIFY_BOOKING | Je dois changer la date de départ à lundi
      MODIFY_BOOKING | je peux échanger la twin contre une king sur ma réservation
      MODIFY_BOOKING | Est-il possible de rester une nuit de plus ?
      MODIFY_BOOKING | changez les dates de ma réservation au 12-14 mai
      MODIFY_BOOKING | Pouvez-vous modifier ma réservation pour ajouter le petit-déjeuner ?
      MODIFY_BOOKING | Nous préférons partir mardi plutôt que mercredi
      MODIFY_BOOKING | mettez à jour la réservation, plus qu'un adulte
      MODIFY_BOOKING | Je peux prolonger jusqu'à vendredi ?
      MODIFY_BOOKING | je dois repousser mon arrivée de deux jours
      CANCEL_BOOKING | Annulez ma réservation du 12 svp
      CANCEL_BOOKING | Je dois annuler la réservation SKR-4R5T6Y
      CANCEL_BOOKING | Notre voyage est annulé, annulez la chambre
      CANCEL_BOOKING | vous pouvez l'annuler svp
      CANCEL_BOOKING | Annulez mon séjour, je suis malade
      CANCEL_BOOKING | Nos vols ont été annulés donc on annule aussi l'hôtel
      CANCEL_BOOKING | Je voudrais annuler, on a trouvé un autre logement
      CANCEL_BOOKING | Annulez tout ce qui est au nom de Blanc
      CANCEL_BOOKING | Annulez la réservation de mars svp
      CANCEL_BOOKING | je voudrais anuler ma réservation
      CANCEL_BOOKING | On ne viendra pas, annulez la réservation
      CANCEL_BOOKING | Comment puis-je annuler ma réservation ?
      CANCEL_BOOKING | annuler réservation
      CANCEL_BOOKING | Annulez notre chambre de demain, s'il vous plaît
      CANCEL_BOOKING | on n'a plus besoin de la chambre, annulez-la
      HOTEL_INFO | le petit-déjeuner commence à quelle heure
      HOTEL_INFO | Le wifi est-il gratuit dans les chambres ?
      HOTEL_INFO | Vous avez de la place pour garer une voiture de location ?
      HOTEL_INFO | les chiens sont acceptés ?
      HOTEL_INFO | Comment aller à l'hôtel depuis l'aéroport du Kansai ?
      HOTEL_INFO | Les bains de source chaude sont ouverts le matin ?
      HOTEL_INFO | Quand faut-il quitter la chambre ?
      HOTEL_INFO | Servez-vous le dîner ?
      HOTEL_INFO | Je peux payer avec une Visa ?
      HOTEL_INFO | quelle est la politique d'annulation
      HOTEL_INFO | Kiyomizu-dera est à quelle distance de chez vous ?
      HOTEL_INFO | Y a-t-il un ascenseur pour les fauteuils roulants ?
      HOTEL_INFO | c'est quoi le code wifi
      HOTEL_INFO | Les enfants dorment gratuitement ?
      HOTEL_INFO | Y a-t-il un endroit pour laver son linge ?
      HOTEL_INFO | À quelle heure peut-on arriver dans la chambre ?
      SERVICE_REQUEST | Vous pouvez monter des serviettes à la 204 ?
      SERVICE_REQUEST | Le chauffage de ma chambre ne marche pas
      SERVICE_REQUEST | Je voudrais un massage ce soir à 20h
      SERVICE_REQUEST | Vous pouvez m'appeler un taxi pour la gare à 9h ?
      SERVICE_REQUEST | Réveillez-moi à 6h demain
      SERVICE_REQUEST | On peut avoir plus d'oreillers ?
      SERVICE_REQUEST | La douche goutte
      SERVICE_REQUEST | Vous pouvez garder nos valises jusqu'au soir ?
      SERVICE_REQUEST | Je veux commander le dîner en chambre
      SERVICE_REQUEST | la carte n'ouvre pas la porte
      SERVICE_REQUEST | Organisez un transfert vers l'aéroport d'Itami demain matin
      SERVICE_REQUEST | Il nous faut un lit bébé svp
      SERVICE_REQUEST | Vous pouvez faire une facture au nom de mon entreprise ?
      SERVICE_REQUEST | Réservez une table au Kaede pour 4 à 19h ?
      SERVICE_REQUEST | La lumière de la salle de bain clignote, quelqu'un peut regarder ?
      SERVICE_REQUEST | Faites le ménage de la 302 svp
      EARLY_CHECKIN | On peut s'enregistrer plus tôt vendredi ?
      EARLY_CHECKIN | On atterrit à 6h, la chambre pourrait être prête tôt ?
      EARLY_CHECKIN | Est-ce possible d'entrer dans la chambre à 11h ?
      EARLY_CHECKIN | check-in anticipé svp
      EARLY_CHECKIN | Je peux faire le check-in avant 15h ?
      EARLY_CHECKIN | Nous voudrions prendre la chambre vers midi
      EARLY_CHECKIN | la chambre pourrait être disponible avant 15h
      LATE_CHECKOUT | On peut avoir un départ tardif demain ?
      LATE_CHECKOUT | Je voudrais quitter la chambre à 13h si possible
      LATE_CHECKOUT | on peut garder la chambre jusqu'à 14h ?
      LATE_CHECKOUT | Le départ tardif est possible dimanche ?
      LATE_CHECKOUT | Notre vol est à 20h, on peut rester plus longtemps dans la chambre ?
      LATE_CHECKOUT | Je peux libérer la chambre à midi au lieu de 11h ?
      LATE_CHECKOUT | J'ai besoin de partir plus tard svp
      LATE_CHECKOUT | Le check-out peut être à 12h30 ?
      COMPLAINT | C'est inadmissible, pas d'eau chaude et personne ne s'en occupe
      COMPLAINT | Je suis très mécontent de la propreté de ma chambre
      COMPLAINT | Le personnel a été très désagréable ce matin
      COMPLAINT | Le pire service que j'ai connu
      COMPLAINT | On attend notre chambre depuis 2 heures, c'est une blague
      COMPLAINT | Je veux me plaindre du bruit
      COMPLAINT | Quelle déception, la chambre est minuscule et sent mauvais
      COMPLAINT | Personne n'est venu réparer la clim malgré 3 appels !
      COMPLAINT | Le petit-déjeuner était infect et trop cher
      COMPLAINT | Je ne suis pas content du tout, vous avez débité ma carte deux fois
      COMPLAINT | La réception m'a ignoré pendant 20 minutes
      COMPLAINT | il y avait des taches sur les draps, c'est dégoûtant
      COMPLAINT | Je m'attendais à bien mieux pour ce prix
      COMPLAINT | Ce séjour est un cauchemar
      COMPLAINT | Très mauvaise expérience avec votre réception
      HUMAN | Je peux parler à une vraie personne svp ?
      HUMAN | Je veux parler à quelqu'un de la réception
      HUMAN | mettez-moi en contact avec une personne
      HUMAN | Je voudrais parler au directeur
      HUMAN | Qu'un membre du personnel m'appelle svp
      HUMAN | Un humain peut m'aider plutôt ?
      HUMAN | parler à une personne
      HUMAN | Je ne veux pas discuter avec un bot
      HUMAN | Que quelqu'un de la réception me contacte
      HUMAN | laissez-moi parler au personnel
      HUMAN | Y a-t-il une personne à qui parler ?
      HUMAN | J'ai besoin d'un conseiller humain
      HUMAN | Qu'une vraie personne me réponde svp
      HUMAN | Je peux parler à quelqu'un ?
      HUMAN | appelez-moi svp, je préfère parler au personnel
      OUT_OF_SCOPE | Quelle est la capitale du Pérou
      OUT_OF_SCOPE | écris-moi un poème sur la mer
      OUT_OF_SCOPE | qui a gagné le match hier
      OUT_OF_SCOPE | jfkdlsjfkl
      OUT_OF_SCOPE | Combien d'habitants en Chine ?
      OUT_OF_SCOPE | Résous cette équation : x+3=7
      OUT_OF_SCOPE | raconte-moi une histoire
      OUT_OF_SCOPE | Quel est le meilleur smartphone ?
      OUT_OF_SCOPE | quel âge a l'univers
      OUT_OF_SCOPE | mets de la musique
      OUT_OF_SCOPE | qui a écrit les Misérables
      OUT_OF_SCOPE | que penses-tu de la politique
      OUT_OF_SCOPE | zzzz
      OUT_OF_SCOPE | ptdr
      OUT_OF_SCOPE | conseille-moi un livre
      """;

  private static final String PT =
      """
      GREETING | Olá, boa tarde!
      GREETING | bom dia hotel sakura
      GREETING | Olá, aqui é o Rafael Santos
      GREETING | Boa noite!
      GREETING | oi, tem alguém aí
      GREETING | opa, tudo bem?
      GREETING | Oi oi, boa tarde
      GREETING | Olá a todos
      GOODBYE | obrigado!!
      GOODBYE | Show, muito obrigada
      GOODBYE | ok perfeito, tchau
      GOODBYE | Obrigado por tudo, até breve
      GOODBYE | beleza obrigado
      GOODBYE | Ajudou muito, obrigada
      GOODBYE | boa noite e obrigado
      AVAILABILITY | Há quartos livres no dia 18 de março para dois?
      AVAILABILITY | Quanto custa a noite no quarto tatami em outubro?
      AVAILABILITY | tem lugar para uma família de quatro no próximo fim de semana
      AVAILABILITY | preço para 3 noites a partir de 9 de setembro, dois adultos
      AVAILABILITY | Vocês têm disponibilidade hoje à noite?
      AVAILABILITY | ainda tem quarto king de 2 a 5 de agosto?
      AVAILABILITY | Queria saber as tarifas de um twin de 11 a 13
      AVAILABILITY | Podem ver se há quartos na véspera de Natal?
      AVAILABILITY | oi, quarto livre dia 10 de fevereiro para 1 pessoa? preço?
      AVAILABILITY | Quanto fica a suíte jardim numa sexta-feira?
      AVAILABILITY | vocês tem vaga no dia 2
      AVAILABILITY | Quanto custariam 6 noites no deluxe?
      AVAILABILITY | O quarto acessível está livre de 3 a 5 de junho?
      AVAILABILITY | Tem algo livre para dois no Carnaval?
      AVAILABILITY | quanto custam os quartos de vocês
      BOOK | Reserva o twin de 18 a 20 de março para mim por favor
      BOOK | Gostaria de reservar a suíte jardim sexta e sábado
      BOOK | Podem me fazer uma reserva para 3 adultos no dia 5?
      BOOK | sim, vamos reservar esse quarto
      BOOK | queremos reservar 1 king, chegada 2 de julho, saída 4 de julho
      BOOK | Pode fechar no meu nome
      BOOK | Reservo o tatami para a minha família, 2 noites
      BOOK | reservem um twin para mim e um colega amanhã
      BOOK | Como faço para reservar com vocês? Quero a próxima sexta
      BOOK | Reservem o quarto mais barato para o dia 9, uma noite
      BOOK | quero reservar pfv, 2 pessoas, 14-16 nov
      BOOK | Perfeito, reservem o deluxe king em nome de Almeida
      BOOK | Eu gostaria de fazer uma reserva
      BOOK | garantam um quarto para nós no dia 3 de abril
      BOOK | Confirmem a reserva do quarto tatami por favor
      LOOKUP_BOOKING | Qual é a situação da reserva SKR-3J8K2M?
      LOOKUP_BOOKING | Podem me dizer qual quarto eu reservei?
      LOOKUP_BOOKING | Minha estadia da semana que vem continua confirmada?
      LOOKUP_BOOKING | Não lembro a data de chegada, podem consultar?
      LOOKUP_BOOKING | minha reserva está em nome de Lima, acham?
      LOOKUP_BOOKING | para quantas pessoas é a minha reserva
      LOOKUP_BOOKING | Estão vendo minha reserva de 2 noites em maio?
      LOOKUP_BOOKING | Podem me mandar de novo os detalhes da minha reserva?
      LOOKUP_BOOKING | verificar reserva skr-9x2c4v
      LOOKUP_BOOKING | Reservei pelo Booking, vocês têm?
      LOOKUP_BOOKING | Quanto paguei pela minha reserva?
      LOOKUP_BOOKING | me confirmem os dados da reserva por favor
      LOOKUP_BOOKING | Eu reservei o twin ou o king?
      LOOKUP_BOOKING | vocês receberam a minha reserva?
      LOOKUP_BOOKING | Quando começa a minha reserva?
      MODIFY_BOOKING | Podemos passar a reserva para a semana seguinte?
      MODIFY_BOOKING | Queria acrescentar uma noite à reserva SKR-7K3Q9P
      MODIFY_BOOKING | Vamos chegar dia 6 em vez de 5, atualizem por favor
      MODIFY_BOOKING | Podem me trocar para a suíte jardim?
      MODIFY_BOOKING | coloquem 2 noites em vez de 3
      MODIFY_BOOKING | Uma amiga vem junto, precisa incluir uma terceira pessoa
      MODIFY_BOOKING | Preciso mudar a data de saída para segunda
      MODIFY_BOOKING | posso trocar o twin por um king na minha reserva
      MODIFY_BOOKING | É possível ficar mais uma noite?
      MODIFY_BOOKING | mudem as datas da minha reserva para 12-14 de maio
      MODIFY_BOOKING | Podem alterar a reserva para incluir café da manhã?
      MODIFY_BOOKING | Preferimos sair na terça em vez de quarta
      MODIFY_BOOKING | atualizem a reserva, agora só 1 adulto
      MODIFY_BOOKING | Posso estender até sexta?
      MODIFY_BOOKING | preciso adiar minha chegada em dois dias
      CANCEL_BOOKING | Cancelem a minha reserva do dia 12 por favor
      CANCEL_BOOKING | Preciso cancelar a reserva SKR-4R5T6Y
      CANCEL_BOOKING | A viagem foi por água abaixo, cancelem o quarto
      CANCEL_BOOKING | podem cancelar pra mim pfv
      CANCEL_BOOKING | Cancelem a minha estadia, estou doente
      CANCEL_BOOKING | Os voos foram cancelados, então cancelamos o hotel também
      CANCEL_BOOKING | Queria cancelar, achamos outro lugar
      CANCEL_BOOKING | Cancelem tudo em nome de Rocha
      CANCEL_BOOKING | Cancelem a reserva de março por favor
      CANCEL_BOOKING | quero cancelar minha reservar
      CANCEL_BOOKING | Não vamos, cancelem a reserva
      CANCEL_BOOKING | Como faço para cancelar a minha reserva?
      CANCEL_BOOKING | cancelar reserva
      CANCEL_BOOKING | Cancelem o nosso quarto de amanhã, por favor
      CANCEL_BOOKING | não precisamos mais do quarto, cancelem
      HOTEL_INFO | que horas começa o café da manhã
      HOTEL_INFO | O wifi é grátis nos quartos?
      HOTEL_INFO | Tem vaga para estacionar um carro alugado?
      HOTEL_INFO | aceitam cachorro?
      HOTEL_INFO | Como chego ao hotel saindo do aeroporto de Kansai?
      HOTEL_INFO | As águas termais abrem de manhã?
      HOTEL_INFO | Quando temos de deixar o quarto?
      HOTEL_INFO | Vocês servem jantar?
      HOTEL_INFO | Posso pagar com Visa?
      HOTEL_INFO | qual a política de cancelamento
      HOTEL_INFO | Qual a distância até Kiyomizu-dera?
      HOTEL_INFO | Tem elevador para cadeira de rodas?
      HOTEL_INFO | qual a senha da internet
      HOTEL_INFO | Crianças ficam de graça?
      HOTEL_INFO | Tem algum lugar para lavar roupa?
      HOTEL_INFO | A partir de que horas podemos entrar no quarto?
      SERVICE_REQUEST | Podem levar mais toalhas ao 204?
      SERVICE_REQUEST | O aquecimento do meu quarto não funciona
      SERVICE_REQUEST | Quero uma massagem hoje às 20h
      SERVICE_REQUEST | Podem chamar um táxi para a estação às 9?
      SERVICE_REQUEST | Me acordem às 6 amanhã
      SERVICE_REQUEST | Podem trazer mais travesseiros?
      SERVICE_REQUEST | O chuveiro está pingando
      SERVICE_REQUEST | Podem guardar as nossas malas até a noite?
      SERVICE_REQUEST | Quero pedir o jantar no quarto
      SERVICE_REQUEST | o cartão não abre a porta
      SERVICE_REQUEST | Organizem um transfer para o aeroporto de Itami amanhã cedo
      SERVICE_REQUEST | Precisamos de um berço por favor
      SERVICE_REQUEST | Podem emitir uma fatura no nome da minha empresa?
      SERVICE_REQUEST | Reservem uma mesa no Kaede para 4 às 19h?
      SERVICE_REQUEST | A luz do banheiro está piscando, alguém pode ver?
      SERVICE_REQUEST | Limpem o 302 por favor
      EARLY_CHECKIN | Podemos fazer check-in mais cedo na sexta?
      EARLY_CHECKIN | Pousamos às 6, o quarto poderia estar pronto cedo?
      EARLY_CHECKIN | Dá para entrar no quarto às 11?
      EARLY_CHECKIN | check-in antecipado por favor
      EARLY_CHECKIN | Posso fazer o check-in antes das 15h?
      EARLY_CHECKIN | Queríamos ocupar o quarto por volta do meio-dia
      EARLY_CHECKIN | o quarto poderia estar disponível antes das 15h
      LATE_CHECKOUT | Podemos ter saída tardia amanhã?
      LATE_CHECKOUT | Queria deixar o quarto às 13h se possível
      LATE_CHECKOUT | podemos ficar com o quarto até as 14h?
      LATE_CHECKOUT | Tem late check-out no domingo?
      LATE_CHECKOUT | O voo é às 20h, podemos ficar mais tempo no quarto?
      LATE_CHECKOUT | Posso sair ao meio-dia em vez das 11?
      LATE_CHECKOUT | Preciso sair mais tarde, por favor
      LATE_CHECKOUT | O check-out pode ser às 12h30?
      COMPLAINT | É inaceitável, não tem água quente e ninguém se importa
      COMPLAINT | Estou muito insatisfeito com a limpeza do meu quarto
      COMPLAINT | Os funcionários foram muito grosseiros hoje de manhã
      COMPLAINT | O pior atendimento que já vi
      COMPLAINT | Estamos esperando o quarto há 2 horas, é uma piada
      COMPLAINT | Quero reclamar do barulho
      COMPLAINT | Que decepção, o quarto é minúsculo e cheira mal
      COMPLAINT | Ninguém veio consertar o ar apesar de 3 ligações!
      COMPLAINT | O café da manhã foi horrível e caro demais
      COMPLAINT | Não estou nada contente, cobraram meu cartão duas vezes
      COMPLAINT | A recepção me ignorou por 20 minutos
      COMPLAINT | tinha manchas nos lençóis, que nojo
      COMPLAINT | Esperava muito mais por esse preço
      COMPLAINT | Essa estadia foi um pesadelo
      COMPLAINT | Experiência muito ruim com a recepção de vocês
      HUMAN | Posso falar com uma pessoa de verdade?
      HUMAN | Quero falar com alguém da recepção
      HUMAN | me coloca em contato com uma pessoa
      HUMAN | Gostaria de falar com o gerente
      HUMAN | Peçam para um funcionário me ligar por favor
      HUMAN | Um humano pode me ajudar?
      HUMAN | falar com pessoa
      HUMAN | Não quero conversar com um robô
      HUMAN | Que alguém da recepção entre em contato
      HUMAN | me deixa falar com um funcionário
      HUMAN | Tem alguma pessoa com quem eu possa falar?
      HUMAN | Preciso de um atendente humano
      HUMAN | Quero que uma pessoa real me responda
      HUMAN | Posso falar com alguém?
      HUMAN | me liguem por favor, prefiro falar com a equipe
      OUT_OF_SCOPE | Qual a capital do Peru
      OUT_OF_SCOPE | escreve um poema sobre o mar
      OUT_OF_SCOPE | quem ganhou o jogo ontem
      OUT_OF_SCOPE | jfkdlsjfkl
      OUT_OF_SCOPE | Quantos habitantes tem a China?
      OUT_OF_SCOPE | Resolve essa equação: x+3=7
      OUT_OF_SCOPE | me conta uma história
      OUT_OF_SCOPE | Qual o melhor celular?
      OUT_OF_SCOPE | qual a idade do universo
      OUT_OF_SCOPE | toca uma música
      OUT_OF_SCOPE | quem escreveu Os Lusíadas
      OUT_OF_SCOPE | o que você acha da política
      OUT_OF_SCOPE | zzzz
      OUT_OF_SCOPE | rsrsrs
      OUT_OF_SCOPE | me recomenda um livro
      """;

  private static final String DE =
      """
      GREETING | Hallo, guten Tag!
      GREETING | guten morgen hotel sakura
      GREETING | Hallo, hier spricht Markus Becker
      GREETING | Guten Abend!
      GREETING | hallo, ist jemand da
      GREETING | Hi, wie geht's
      GREETING | Hallo hallo
      GREETING | Moin zusammen
      GOODBYE | danke!!
      GOODBYE | Super, tausend Dank
      GOODBYE | ok perfekt, tschüss
      GOODBYE | Danke für alles, bis bald
      GOODBYE | alles klar danke
      GOODBYE | Das hilft mir sehr, danke
      GOODBYE | gute Nacht und danke
      AVAILABILITY | Gibt es am 18. März freie Zimmer für zwei?
      AVAILABILITY | Was kostet die Nacht im Tatami-Zimmer im Oktober?
      AVAILABILITY | habt ihr nächstes Wochenende Platz für eine vierköpfige Familie
      AVAILABILITY | Preis für 3 Nächte ab 9. September, zwei Erwachsene
      AVAILABILITY | Haben Sie heute Abend noch etwas frei?
      AVAILABILITY | sind vom 2. bis 5. August noch King-Zimmer frei?
      AVAILABILITY | Ich hätte gern die Preise für ein Twin vom 11. bis 13.
      AVAILABILITY | Können Sie schauen, ob an Heiligabend Zimmer frei sind?
      AVAILABILITY | hallo, zimmer frei am 10. februar für 1 person? preis?
      AVAILABILITY | Was kostet die Garden Suite an einem Freitag?
      AVAILABILITY | habt ihr am 2. platz
      AVAILABILITY | Was würden 6 Nächte im Deluxe kosten?
      AVAILABILITY | Ist das barrierefreie Zimmer vom 3. bis 5. Juni frei?
      AVAILABILITY | Ist über Ostern noch etwas für zwei frei?
      AVAILABILITY | was kosten eure zimmer
      BOOK | Buchen Sie mir das Twin vom 18. bis 20. März bitte
      BOOK | Ich würde gern die Garden Suite für Freitag und Samstag reservieren
      BOOK | Können Sie eine Reservierung für 3 Erwachsene am 5. machen?
      BOOK | ja, buchen wir dieses Zimmer
      BOOK | wir wollen 1 King buchen, Anreise 2. Juli, Abreise 4. Juli
      BOOK | Machen Sie es fest, auf meinen Namen
      BOOK | Ich buche das Tatami für meine Familie, 2 Nächte
      BOOK | reservieren Sie ein Twin für mich und einen Kollegen morgen
      BOOK | Wie kann ich bei Ihnen buchen? Ich möchte nächsten Freitag
      BOOK | Buchen Sie das günstigste Zimmer für den 9., eine Nacht
      BOOK | will buchen bitte, 2 pers, 14.-16. nov
      BOOK | Perfekt, reservieren Sie das Deluxe King auf den Namen Schulz
      BOOK | Ich möchte eine Reservierung vornehmen
      BOOK | halten Sie uns am 3. April ein Zimmer fest und buchen Sie es
      BOOK | Bestätigen Sie bitte die Reservierung für das Tatami-Zimmer
      LOOKUP_BOOKING | Wie ist der Status der Buchung SKR-3J8K2M?
      LOOKUP_BOOKING | Können Sie mir sagen, welches Zimmer ich gebucht habe?
      LOOKUP_BOOKING | Ist mein Aufenthalt nächste Woche noch bestätigt?
      LOOKUP_BOOKING | Ich weiß mein Anreisedatum nicht mehr, können Sie nachschauen?
      LOOKUP_BOOKING | meine Buchung läuft auf Hoffmann, finden Sie sie?
      LOOKUP_BOOKING | für wie viele Personen ist meine Buchung
      LOOKUP_BOOKING | Sehen Sie meine Reservierung über 2 Nächte im Mai?
      LOOKUP_BOOKING | Können Sie mir die Details meiner Buchung nochmal schicken?
      LOOKUP_BOOKING | buchung skr-9x2c4v prüfen
      LOOKUP_BOOKING | Ich habe über Booking gebucht, haben Sie das?
      LOOKUP_BOOKING | Was habe ich für meine Reservierung bezahlt?
      LOOKUP_BOOKING | bestätigen Sie mir bitte die Buchungsdetails
      LOOKUP_BOOKING | Habe ich das Twin oder das King gebucht?
      LOOKUP_BOOKING | ist meine reservierung bei ihnen angekommen?
      LOOKUP_BOOKING | Wann beginnt meine Reservierung?
      MODIFY_BOOKING | Können wir die Reservierung auf die Woche danach verschieben?
      MODIFY_BOOKING | Ich möchte der Buchung SKR-7K3Q9P eine Nacht hinzufügen
      MODIFY_BOOKING | Wir kommen am 6. statt am 5., bitte ändern
      MODIFY_BOOKING | Können Sie mich in die Garden Suite umbuchen?
      MODIFY_BOOKING | machen Sie bitte 2 Nächte statt 3 daraus
      MODIFY_BOOKING | Eine Freundin kommt mit, bitte eine dritte Person eintragen
      MODIFY_BOOKING | Ich muss das Abreisedatum auf Montag ändern
      MODIFY_BOOKING | kann ich in meiner Buchung das Twin gegen ein King tauschen
      MODIFY_BOOKING | Ist es möglich, eine Nacht länger zu bleiben?
      MODIFY_BOOKING | ändern Sie die Daten meiner Reservierung auf 12.-14. Mai
      MODIFY_BOOKING | Können Sie meine Buchung um Frühstück ergänzen?
      MODIFY_BOOKING | Wir reisen lieber am Dienstag statt am Mittwoch ab
      MODIFY_BOOKING | bitte Reservierung anpassen, nur noch 1 Erwachsener
      MODIFY_BOOKING | Kann ich bis Freitag verlängern?
      MODIFY_BOOKING | ich muss meine Anreise um zwei Tage verschieben
      CANCEL_BOOKING | Stornieren Sie bitte meine Reservierung für den 12.
      CANCEL_BOOKING | Ich muss die Buchung SKR-4R5T6Y stornieren
      CANCEL_BOOKING | Unsere Reise fällt ins Wasser, bitte das Zimmer stornieren
      CANCEL_BOOKING | könnt ihr das bitte stornieren
      CANCEL_BOOKING | Stornieren Sie meinen Aufenthalt, ich bin krank
      CANCEL_BOOKING | Die Flüge wurden gestrichen, also stornieren wir auch das Hotel
      CANCEL_BOOKING | Ich möchte stornieren, wir haben etwas anderes gefunden
      CANCEL_BOOKING | Stornieren Sie alles auf den Namen Koch
      CANCEL_BOOKING | Bitte die Reservierung für März stornieren
      CANCEL_BOOKING | ich möchte meine reservierung storniren
      CANCEL_BOOKING | Wir kommen nicht, bitte die Buchung stornieren
      CANCEL_BOOKING | Wie kann ich meine Buchung stornieren?
      CANCEL_BOOKING | buchung stornieren
      CANCEL_BOOKING | Stornieren Sie bitte unser Zimmer für morgen
      CANCEL_BOOKING | wir brauchen das Zimmer nicht mehr, bitte absagen
      HOTEL_INFO | ab wann gibt es frühstück
      HOTEL_INFO | Ist das WLAN in den Zimmern kostenlos?
      HOTEL_INFO | Gibt es Platz zum Parken für einen Mietwagen?
      HOTEL_INFO | sind hunde erlaubt?
      HOTEL_INFO | Wie komme ich vom Flughafen Kansai zum Hotel?
      HOTEL_INFO | Ist die heiße Quelle morgens geöffnet?
      HOTEL_INFO | Bis wann muss ich aus dem Zimmer?
      HOTEL_INFO | Gibt es bei Ihnen Abendessen?
      HOTEL_INFO | Kann ich mit Visa zahlen?
      HOTEL_INFO | wie sind die stornobedingungen
      HOTEL_INFO | Wie weit ist es bis Kiyomizu-dera?
      HOTEL_INFO | Gibt es einen Aufzug für Rollstühle?
      HOTEL_INFO | wie lautet das wlan passwort
      HOTEL_INFO | Übernachten Kinder kostenlos?
      HOTEL_INFO | Kann man bei Ihnen irgendwo Wäsche waschen?
      HOTEL_INFO | Ab wie viel Uhr können wir ins Zimmer?
      SERVICE_REQUEST | Können Sie mehr Handtücher auf 204 bringen?
      SERVICE_REQUEST | Die Heizung in meinem Zimmer funktioniert nicht
      SERVICE_REQUEST | Ich möchte heute Abend um 20 Uhr eine Massage
      SERVICE_REQUEST | Können Sie mir für 9 Uhr ein Taxi zum Bahnhof rufen?
      SERVICE_REQUEST | Wecken Sie mich morgen um 6
      SERVICE_REQUEST | Können wir noch mehr Kissen bekommen?
      SERVICE_REQUEST | Die Dusche tropft
      SERVICE_REQUEST | Können Sie unsere Koffer bis zum Abend aufbewahren?
      SERVICE_REQUEST | Ich möchte das Abendessen aufs Zimmer bestellen
      SERVICE_REQUEST | die Karte öffnet die Tür nicht
      SERVICE_REQUEST | Organisieren Sie einen Transfer zum Flughafen Itami morgen früh
      SERVICE_REQUEST | Wir bräuchten ein Babybett bitte
      SERVICE_REQUEST | Können Sie eine Rechnung auf meine Firma ausstellen?
      SERVICE_REQUEST | Reservieren Sie einen Tisch im Kaede für 4 um 19 Uhr?
      SERVICE_REQUEST | Das Licht im Bad flackert, kann jemand nachsehen?
      SERVICE_REQUEST | Bitte Zimmer 302 reinigen
      EARLY_CHECKIN | Können wir am Freitag früher einchecken?
      EARLY_CHECKIN | Wir landen um 6, könnte das Zimmer früh fertig sein?
      EARLY_CHECKIN | Geht es, um 11 ins Zimmer zu kommen?
      EARLY_CHECKIN | früher Check-in bitte
      EARLY_CHECKIN | Kann ich vor 15 Uhr einchecken?
      EARLY_CHECKIN | Wir würden das Zimmer gern gegen Mittag beziehen
      EARLY_CHECKIN | könnte das Zimmer schon vor 15 Uhr bereit sein
      LATE_CHECKOUT | Können wir morgen einen späten Check-out bekommen?
      LATE_CHECKOUT | Ich würde das Zimmer gern erst um 13 Uhr räumen
      LATE_CHECKOUT | können wir das Zimmer bis 14 Uhr behalten?
      LATE_CHECKOUT | Gibt es am Sonntag einen Late Check-out?
      LATE_CHECKOUT | Unser Flug geht um 20 Uhr, können wir länger im Zimmer bleiben?
      LATE_CHECKOUT | Kann ich mittags statt um 11 auschecken?
      LATE_CHECKOUT | Ich muss später auschecken, bitte
      LATE_CHECKOUT | Kann der Check-out um 12:30 sein?
      COMPLAINT | Das ist inakzeptabel, kein warmes Wasser und niemanden interessiert es
      COMPLAINT | Ich bin sehr unzufrieden mit der Sauberkeit meines Zimmers
      COMPLAINT | Das Personal war heute Morgen sehr unhöflich
      COMPLAINT | Der schlechteste Service, den ich je erlebt habe
      COMPLAINT | Wir warten seit 2 Stunden auf unser Zimmer, das ist ein Witz
      COMPLAINT | Ich möchte mich über den Lärm beschweren
      COMPLAINT | Was für eine Enttäuschung, das Zimmer ist winzig und riecht
      COMPLAINT | Trotz 3 Anrufen kam niemand, um die Klimaanlage zu reparieren!
      COMPLAINT | Das Frühstück war scheußlich und viel zu teuer
      COMPLAINT | Ich bin gar nicht zufrieden, Sie haben meine Karte doppelt belastet
      COMPLAINT | Die Rezeption hat mich 20 Minuten ignoriert
      COMPLAINT | auf den Laken waren Flecken, ekelhaft
      COMPLAINT | Für diesen Preis hatte ich viel mehr erwartet
      COMPLAINT | Dieser Aufenthalt ist ein Albtraum
      COMPLAINT | Sehr schlechte Erfahrung mit Ihrer Rezeption
      HUMAN | Kann ich bitte mit einem echten Menschen sprechen?
      HUMAN | Ich möchte mit jemandem von der Rezeption sprechen
      HUMAN | verbinden Sie mich mit einer Person
      HUMAN | Ich würde gern mit dem Manager sprechen
      HUMAN | Ein Mitarbeiter soll mich bitte anrufen
      HUMAN | Kann mir lieber ein Mensch helfen?
      HUMAN | mit person sprechen
      HUMAN | Ich will nicht mit einem Bot chatten
      HUMAN | Jemand von der Rezeption soll sich melden
      HUMAN | lassen Sie mich mit dem Personal sprechen
      HUMAN | Gibt es eine Person, mit der ich reden kann?
      HUMAN | Ich brauche einen menschlichen Ansprechpartner
      HUMAN | Bitte soll mir ein echter Mensch antworten
      HUMAN | Kann ich mit jemandem sprechen?
      HUMAN | rufen Sie mich bitte an, ich rede lieber mit dem Personal
      OUT_OF_SCOPE | Was ist die Hauptstadt von Peru
      OUT_OF_SCOPE | schreib mir ein Gedicht über das Meer
      OUT_OF_SCOPE | wer hat gestern das Spiel gewonnen
      OUT_OF_SCOPE | jfkdlsjfkl
      OUT_OF_SCOPE | Wie viele Einwohner hat China?
      OUT_OF_SCOPE | Löse diese Gleichung: x+3=7
      OUT_OF_SCOPE | erzähl mir eine Geschichte
      OUT_OF_SCOPE | Welches ist das beste Smartphone?
      OUT_OF_SCOPE | wie alt ist das Universum
      OUT_OF_SCOPE | spiel Musik ab
      OUT_OF_SCOPE | wer hat Faust geschrieben
      OUT_OF_SCOPE | was hältst du von Politik
      OUT_OF_SCOPE | zzzz
      OUT_OF_SCOPE | hihi
      OUT_OF_SCOPE | empfiehl mir ein Buch
      """;

}
