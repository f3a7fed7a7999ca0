/**
 * What officials type and the practice they mean, written from the content: word forms, abbreviations
 * and their expansions, and natural phrases with words the text lacks. Each must be in the top 3.
 */
export const QUERY_TABLE: readonly (readonly [query: string, expected: string])[] = [
	// Natural phrasing, with words no practice contains.
	['как провести праздник во дворе', 'krasnoyarsk/fabrika-narodnykh-initsiativ'],
	['праздники для жителей во дворах', 'krasnoyarsk/fabrika-narodnykh-initsiativ'],
	['как вовлечь жителей в благоустройство дворов', 'krasnoyarsk/samyy-blagoustroennyy-rayon'],
	['гранты для НКО', 'lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ'],
	['как помочь общественникам получить грант', 'lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ'],
	['ремонт дорог по обращениям жителей', 'krasnoyarsk/obrashcheniya-zhiteley-remont-dorog'],
	['соревнования роботов для школьников', 'krasnoyarsk/inzhenerno-tekhnicheskoe-tvorchestvo'],
	['студенты предлагают проекты развития района', 'lipetskaya-oblast/budushchee-moego-rayona'],
	['как узнать мнение жителей через соцсети', 'lipetskaya-oblast/strategicheskie-sessii-glav-rayonov'],
	['фестиваль на набережной летом', 'krasnoyarsk/yarkie-berega'],
	// Inflected forms.
	['благоустройству дворов', 'krasnoyarsk/samyy-blagoustroennyy-rayon'],
	['набережных', 'krasnoyarsk/yarkie-berega'],
	['посадка деревьев', 'krasnoyarsk/50-tysyach-derevev'],
	['озеленением балконов', 'krasnoyarsk/luchshaya-kontseptsiya-ozeleneniya'],
	['наградами главы города', 'krasnoyarsk/nagradnaya-deyatelnost'],
	['ежемесячных планов работы администрации', 'krasnoyarsk/planirovanie-deyatelnosti-administratsii'],
	['общественной палаты', 'lesosibirsk/obshchestvennaya-palata'],
	['стратегических сессиях для глав районов', 'lipetskaya-oblast/strategicheskie-sessii-glav-rayonov'],
	['соглашения о сотрудничестве', 'khabarovsk/soglashenie-sovetov-mo-dfo'],
	['соседских сообществ', 'krasnoyarsk/fabrika-narodnykh-initsiativ'],
	['волонтёрами', 'lesosibirsk/vzaimodeystvie-s-nko'],
	['клиентоориентированности', 'lipetskaya-oblast/zhitel-v-tsentre'],
	// Abbreviations and their expansions, both ways.
	['ТОС', 'lesosibirsk/vzaimodeystvie-s-nko'],
	['территориальное общественное самоуправление', 'lesosibirsk/vzaimodeystvie-s-nko'],
	['ЖКХ', 'lesosibirsk/obshchestvennyy-sovet-po-zhkh'],
	['жилищно-коммунального хозяйства', 'lesosibirsk/obshchestvennyy-sovet-po-zhkh'],
	['ТСЖ', 'lesosibirsk/obshchestvennyy-sovet-po-zhkh'],
	['товарищества собственников жилья', 'lesosibirsk/obshchestvennyy-sovet-po-zhkh'],
	['МКД', 'lesosibirsk/obshchestvennyy-sovet-po-zhkh'],
	['НКО', 'lesosibirsk/vzaimodeystvie-s-nko'],
	['некоммерческие организации', 'lesosibirsk/vzaimodeystvie-s-nko'],
	['ДФО', 'khabarovsk/soglashenie-sovetov-mo-dfo'],
	['Дальневосточного федерального округа', 'khabarovsk/soglashenie-sovetov-mo-dfo'],
	['ВАРМСУ', 'varmsu/munitsipalnyy-dialog'],
	['Всероссийская ассоциация развития местного самоуправления', 'varmsu/munitsipalnyy-dialog'],
	['МСУ марафон практик', 'varmsu/munitsipalnyy-dialog'],
	['СО НКО', 'lesosibirsk/vzaimodeystvie-s-nko'],
	['социально ориентированные некоммерческие организации', 'lesosibirsk/vzaimodeystvie-s-nko'],
	// Everyday words for what the text says formally.
	['добровольцы', 'lesosibirsk/vzaimodeystvie-s-nko'],
	['Дальний Восток', 'khabarovsk/soglashenie-sovetov-mo-dfo'],
	['совет по ЖКХ', 'lesosibirsk/obshchestvennyy-sovet-po-zhkh'],
	['школьники', 'krasnoyarsk/inzhenerno-tekhnicheskoe-tvorchestvo'],
	// Names people remember.
	['Яркие берега', 'krasnoyarsk/yarkie-berega'],
	['Фабрика народных инициатив', 'krasnoyarsk/fabrika-narodnykh-initsiativ'],
	['Житель в центре', 'lipetskaya-oblast/zhitel-v-tsentre'],
	['Будущее моего района', 'lipetskaya-oblast/budushchee-moego-rayona'],
	['Муниципальный диалог', 'varmsu/munitsipalnyy-dialog'],
	['Красноярск 5.0', 'krasnoyarsk/inzhenerno-tekhnicheskoe-tvorchestvo'],
];

/**
 * Words in their dictionary form, as officials type them, with other forms of each that the practice
 * texts hold: adjectives, participles and nouns. The dictionary form must find every page that any
 * other form finds.
 */
export const LEMMAS: readonly (readonly [lemma: string, ...forms: string[]])[] = [
	['народный', 'народного', 'народное', 'народной', 'народных'],
	['общественный', 'общественная', 'общественные', 'общественного', 'общественной', 'общественным'],
	['муниципальный', 'муниципальных', 'муниципальная', 'муниципального', 'муниципальной', 'муниципальные'],
	['городской', 'городских', 'городская', 'городского', 'городские', 'городском'],
	['дворовый', 'дворовой', 'дворовые', 'дворовых'],
	['лучший', 'лучшая', 'лучшие', 'лучших', 'лучшую'],
	['социальный', 'социальные', 'социального', 'социальную', 'социальной'],
	['красноярский', 'красноярского', 'красноярских', 'красноярском'],
	['зелёный', 'зелёные', 'зелёными'],
	['благоустроенный', 'благоустроенные', 'благоустроенных'],
	['выбранный', 'выбранные'],
	['реализованный', 'реализованных'],
	['инициатива', 'инициатив', 'инициативы', 'инициативах'],
	['участие', 'участием', 'участии', 'участия', 'участию'],
	['район', 'района', 'районов', 'районам', 'районах'],
	['молодёжь', 'молодёжи', 'молодёжью', 'молодежь'],
	['объединение', 'объединения', 'объединений', 'объединением'],
];
