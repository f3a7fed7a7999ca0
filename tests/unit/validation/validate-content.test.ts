import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/validation/content-files.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';
import { formatIssue } from '../../../src/validation/format-issues.ts';
import type { CollectionName } from '../../../src/schemas/common.ts';

const yaml = (collection: CollectionName, id: string, text: string) =>
	parseContentFile(collection, id, `content/${collection}/${id}.yaml`, text);
const mdx = (id: string, text: string) => parseContentFile('practices', id, `content/practices/${id}.mdx`, text);

const BODY =
	'\n## Проблема\n\nТекст.\n\n## Решение\n\nТекст.\n\n## Как это работает\n\nТекст.\n\n## Результаты\n\nТекст.\n\n## Как повторить\n\nТекст.\n';

const base = [
	yaml(
		'regions',
		'krasnoyarskiy-kray',
		'name: Красноярский край\nnameGenitive: Красноярского края\nfederalDistrict: СФО\n',
	),
	yaml(
		'sources',
		'anketa',
		'title: Анкета\nkind: анкета АСДГ\npublisher: Администрация\ndescription: Ответы на анкету.\n',
	),
	yaml(
		'municipalities',
		'krasnoyarsk',
		'name: Красноярск\nkind: городской округ\nregion: krasnoyarskiy-kray\nsources: [anketa]\n',
	),
	yaml('topics', 'tos', 'name: ТОС\ndescription: Самоуправление жителей.\norder: 1\n'),
	yaml(
		'associations',
		'asdg',
		'name: АСДГ\nkind: межрегиональная\ndescription: Ассоциация городов.\nsources: [anketa]\n',
	),
	yaml('events', 'forum', 'title: Форум\nkind: форум\ndescription: Городской форум.\nsources: [anketa]\n'),
	yaml(
		'needs',
		'krasnoyarsk-2024',
		'municipality: krasnoyarsk\nyear: 2024\nsource: anketa\nitems:\n  - kind: задача\n    text: Развивать ТОС.\n',
	),
	yaml('glossary', 'tos', 'term: ТОС\nexpansion: территориальное общественное самоуправление\n'),
];

const practice = (frontmatter: string, body = BODY, id = 'krasnoyarsk/praktika') =>
	mdx(
		id,
		`---\ntitle: Практика\nsummary: Жители сами проводят праздники во дворах, и это объединяет соседей.\n${frontmatter}status: действует\n${frontmatter.includes('statusAsOf') || frontmatter.includes('sources:') ? '' : 'statusAsOf: 2024\n'}statusSource: anketa\nperiod: {}\nsources:\n  - source: anketa\nlastConfirmed: 2026-11-22\n---\n${body}`,
	);

const errorsOf = (...files: ReturnType<typeof yaml>[]) =>
	validateContent([...base, ...files]).filter((i) => i.severity === 'error');

describe('validateContent', () => {
	it('passes a consistent set of entries', () => {
		expect(errorsOf(practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n'))).toEqual([]);
	});

	it('fails a practice that names a municipality that does not exist, with file, line and field', () => {
		const [error] = errorsOf(practice('municipalities: [krasnoyarsk, atlantida]\ntopics: [tos]\n'));
		expect(error).toMatchObject({
			file: 'content/practices/krasnoyarsk/praktika.mdx',
			line: 4,
			field: 'municipalities.1',
		});
		expect(error?.message).toContain('муниципальное образование «atlantida»');
	});

	it('fails unknown topics, events and related practices, all at once', () => {
		const errors = errorsOf(
			practice(
				'municipalities: [krasnoyarsk]\ntopics: [tos, net-takoy]\nevents: [net-sobytiya]\nrelated: [krasnoyarsk/net-praktiki]\n',
			),
		);
		expect(errors.map((e) => e.field)).toEqual(['topics.1', 'events.0', 'related.0']);
	});

	it('fails a result whose source is not listed in the practice sources', () => {
		const errors = errorsOf(
			practice(
				'municipalities: [krasnoyarsk]\ntopics: [tos]\nresults:\n  - {measure: заявок, value: 5, unit: заявок, year: 2023, source: drugoy}\n',
			),
			yaml('sources', 'drugoy', 'title: Другой\nkind: новость\npublisher: Кто-то\ndescription: Новость.\n'),
		);
		expect(errors.map((e) => e.field)).toEqual(['results.0.source']);
	});

	it('fails a practice in the folder of a municipality that does not run it', () => {
		const errors = errorsOf(practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n', BODY, 'lesosibirsk/praktika'));
		expect(errors[0]?.message).toContain('папка «lesosibirsk»');
	});

	it('fails a practice whose body lacks the required sections', () => {
		const errors = errorsOf(practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n', '\n## Проблема\n\nТекст.\n'));
		expect(errors[0]?.message).toContain('«## Решение»');
	});

	it('fails a file without frontmatter, pointing at line 1', () => {
		const errors = errorsOf(mdx('krasnoyarsk/bez-svoystv', 'Просто текст.'));
		expect(errors[0]).toMatchObject({ line: 1 });
		expect(errors[0]?.message).toContain('frontmatter');
	});

	it('tells an empty block of properties from a missing one', () => {
		const errors = errorsOf(mdx('krasnoyarsk/pusto', `---\n---\n${BODY}`));
		expect(errors.map((e) => e.message)).toEqual(['блок свойств пуст или записан не как набор полей «имя: значение»']);
	});

	it('reports broken YAML with its line', () => {
		const errors = errorsOf(
			practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n'),
			yaml('topics', 'slomano', 'name: Тема\ndescription: [не закрыто\norder: 1\n'),
		);
		expect(errors[0]?.file).toBe('content/topics/slomano.yaml');
		expect(errors[0]?.message).toContain('YAML');
		expect(errors[0]?.line).toBeGreaterThan(0);
	});

	it('fails a file name that is not Latin kebab-case', () => {
		const errors = errorsOf(
			practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n'),
			yaml('topics', 'Благоустройство', 'name: Тема\ndescription: Описание.\norder: 1\n'),
		);
		expect(errors[0]?.message).toContain('латиницей');
	});

	it('fails an empty collection, so a build never silently ships without it', () => {
		const errors = validateContent([
			...base.filter((f) => f.collection !== 'glossary'),
			practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n'),
		]);
		expect(errors.some((e) => e.file === 'content/glossary/' && e.message.includes('нет ни одной записи'))).toBe(true);
	});

	it('formats an issue with file, line and field for the terminal', () => {
		const [error] = errorsOf(practice('municipalities: [atlantida]\ntopics: [tos]\n'));
		expect(formatIssue(error!)).toMatch(
			/^content\/practices\/krasnoyarsk\/praktika\.mdx:4 ошибка поле municipalities\.0: нет такой записи/,
		);
	});
});

describe('validateContent on a practice with several kinds of mistakes', () => {
	it('reports the text problems together with the property problems', () => {
		const errors = errorsOf(
			practice('municipalities: [krasnoyarsk]\ntopics: [tos]\nstatus2: x\n', `${BODY}\n<script>alert(1)</script>\n`),
		).map((e) => e.message);
		expect(errors.some((m) => m.includes('неизвестное поле «status2»'))).toBe(true);
		expect(errors.some((m) => m.includes('тег <script> запрещён'))).toBe(true);
	});
});

describe('validateContent on unknown fields (zod strict objects)', () => {
	it('names each unknown field where it is, with the field that was probably meant and the allowed ones', () => {
		const errors = errorsOf(
			practice(
				'municipalities: [krasnoyarsk]\ntopics: [tos]\nsumary: Коротко.\nresults:\n  - measure: проведено праздников\n    valeu: 10\n    value: 10\n    unit: праздников\n    year: 2024\n    source: anketa\n',
			),
		);
		const top = errors.find((e) => e.field === 'sumary');
		expect(top?.message).toMatch(
			/^неизвестное поле «sumary»; возможно, вы имели в виду «summary»; допустимые поля: title, summary, /,
		);
		expect(top?.line).toBe(6);
		const nested = errors.find((e) => e.field === 'results.0.valeu');
		expect(nested?.message).toMatch(
			/^неизвестное поле «valeu»; возможно, вы имели в виду «value»; допустимые поля: measure, value, unit, qualifier, year, planned, source$/,
		);
	});

	it('refuses a misspelled key inside a nested object at any depth, where it is, with the key that was meant', () => {
		const municipality = yaml(
			'municipalities',
			'krasnoyarsk',
			'name: Красноярск\nkind: городской округ\nregion: krasnoyarskiy-kray\npopulation:\n  value: 1205473\n  yaer: 2023\n  year: 2023\n  source: anketa\ncoordinates: {lat: 56.01, long: 92.87, lon: 92.87, source: anketa}\nsources: [anketa]\n',
		);
		const errors = validateContent([
			...base.filter((f) => f.id !== 'krasnoyarsk'),
			municipality,
			mdx(
				'krasnoyarsk/praktika',
				`---\ntitle: Практика\nsummary: Жители сами проводят праздники во дворах, и это объединяет соседей.\nmunicipalities: [krasnoyarsk]\ntopics: [tos]\nstatus: действует\nstatusAsOf: 2024\nstatusSource: anketa\nperiod:\n  strat: 2023-06-01\nsources:\n  - source: anketa\nlastConfirmed: 2026-11-22\n---\n${BODY}`,
			),
		]).filter((i) => i.severity === 'error');
		expect(errors.map((e) => [e.file, e.line, e.field, e.message])).toEqual([
			[
				'content/municipalities/krasnoyarsk.yaml',
				6,
				'population.yaer',
				'неизвестное поле «yaer»; возможно, вы имели в виду «year»; допустимые поля: value, year, source',
			],
			[
				'content/municipalities/krasnoyarsk.yaml',
				9,
				'coordinates.long',
				'неизвестное поле «long»; возможно, вы имели в виду «lon»; допустимые поля: lat, lon, source',
			],
			[
				'content/practices/krasnoyarsk/praktika.mdx',
				10,
				'period.strat',
				'неизвестное поле «strat»; возможно, вы имели в виду «start»; допустимые поля: start, end',
			],
		]);
	});

	it('says a misspelled required field once, at the misspelling, and among equally near fields names the missing one', () => {
		const municipality = yaml(
			'municipalities',
			'krasnoyarsk',
			'name: Красноярск\nkind: городской округ\nregion: krasnoyarskiy-kray\ncoordinates:\n  lat: 56.01\n  lng: 92.87\n  source: anketa\nsources: [anketa]\n',
		);
		const errors = validateContent([
			...base.filter((f) => f.id !== 'krasnoyarsk'),
			municipality,
			practice(
				'municipalities: [krasnoyarsk]\ntopics: [tos]\nresults:\n  - measure: проведено праздников\n    value: 10\n    unit: праздников\n    year: 2024\n    soruce: anketa\n',
			),
		]).filter((i) => i.severity === 'error');
		expect(errors.map((e) => [e.field, e.message])).toEqual([
			['coordinates.lng', 'неизвестное поле «lng»; возможно, вы имели в виду «lon»; допустимые поля: lat, lon, source'],
			[
				'results.0.soruce',
				'неизвестное поле «soruce»; возможно, вы имели в виду «source»; допустимые поля: measure, value, unit, qualifier, year, planned, source',
			],
		]);
	});

	it('still runs the cross-checks on a practice whose only schema problem is an unknown field', () => {
		const errors = errorsOf(
			practice(
				'municipalities: [krasnoyarsk]\ntopics: [tos]\nstatus2: x\nresults:\n  - measure: проведено праздников\n    value: 10\n    unit: праздников\n    year: 2024\n    source: otchet\n',
			),
		).map((e) => e.message);
		expect(errors.some((m) => m.startsWith('неизвестное поле «status2»'))).toBe(true);
		expect(errors.some((m) => m.includes('источник «otchet» этой цифры не указан'))).toBe(true);
	});
});

describe('validateContent on the year a status is known for', () => {
	const dated = yaml(
		'sources',
		'novost',
		'title: Новость\nkind: новость\npublisher: Администрация\npublished: 2021-02-26\ndescription: Новость о сессии.\n',
	);
	const withSource = (source: string, extra = '', status = 'действует') =>
		mdx(
			'krasnoyarsk/praktika',
			`---\ntitle: Практика\nsummary: Жители сами проводят праздники во дворах, и это объединяет соседей.\nmunicipalities: [krasnoyarsk]\ntopics: [tos]\nstatus: ${status}\n${extra}${extra.includes('statusSource') || status === 'планируется' ? '' : `statusSource: ${source}\n`}period: {}\nsources:\n  - source: ${source}\nlastConfirmed: 2026-11-22\n---\n${BODY}`,
		);

	it('takes the year from the status source when it is dated', () => {
		expect(validateContent([...base, dated, withSource('novost')]).filter((i) => i.severity === 'error')).toEqual([]);
	});

	it('refuses a status whose source has no date and whose year is not given, pointing at the status', () => {
		const [error] = validateContent([...base, withSource('anketa')]).filter((i) => i.severity === 'error');
		expect(error).toMatchObject({ field: 'status', line: 6 });
		expect(error?.message).toMatch(
			/^не указано, на какой год верен статус «действует»: источник статуса \(«anketa»\) без даты; добавьте строку «statusAsOf: <год>»/,
		);
		expect(
			validateContent([...base, withSource('anketa', 'statusAsOf: 2023\n')]).filter((i) => i.severity === 'error'),
		).toEqual([]);
	});

	it('takes the year of a planned practice without a status source from its first source', () => {
		expect(
			validateContent([...base, dated, withSource('novost', '', 'планируется')]).filter((i) => i.severity === 'error'),
		).toEqual([]);
		const [error] = validateContent([...base, withSource('anketa', '', 'планируется')]).filter(
			(i) => i.severity === 'error',
		);
		expect(error?.message).toMatch(
			/^не указано, на какой год верен статус «планируется»: первый источник \(«anketa»\) без даты/,
		);
	});

	it.each([
		['действует', 'действует'],
		['завершена', 'завершена'],
		['пилот', 'идёт в пилотном режиме'],
	])(
		'refuses the status «%s» without the source that supports it, naming the field and the line of the status',
		(status, claim) => {
			const withoutStatusSource = mdx(
				'krasnoyarsk/praktika',
				`---\ntitle: Практика\nsummary: Жители сами проводят праздники во дворах, и это объединяет соседей.\nmunicipalities: [krasnoyarsk]\ntopics: [tos]\nstatus: ${status}\nperiod: {}\nsources:\n  - source: novost\nlastConfirmed: 2026-11-22\n---\n${BODY}`,
			);
			const errors = validateContent([...base, dated, withoutStatusSource]).filter((i) => i.severity === 'error');
			expect(errors).toHaveLength(1);
			expect(errors[0]).toMatchObject({ field: 'statusSource', line: 6 });
			expect(errors[0]?.message).toBe(
				`не указано, какой источник подтверждает статус «${status}»: добавьте строку «statusSource: <id>» — id того документа из sources, где сказано, что практика ${claim}; без источника можно оставить только статус «планируется»`,
			);
		},
	);

	it('takes the year from the source the status rests on, not from the first source', () => {
		const both = (extra: string) =>
			mdx(
				'krasnoyarsk/praktika',
				`---\ntitle: Практика\nsummary: Жители сами проводят праздники во дворах, и это объединяет соседей.\nmunicipalities: [krasnoyarsk]\ntopics: [tos]\nstatus: действует\n${extra}period: {}\nsources:\n  - source: novost\n  - source: anketa\nlastConfirmed: 2026-11-22\n---\n${BODY}`,
			);
		expect(
			validateContent([...base, dated, both('statusSource: novost\n')]).filter((i) => i.severity === 'error'),
		).toEqual([]);
		const [error] = validateContent([...base, dated, both('statusSource: anketa\n')]).filter(
			(i) => i.severity === 'error',
		);
		expect(error?.message).toMatch(
			/^не указано, на какой год верен статус «действует»: источник статуса \(«anketa»\) без даты/,
		);
	});

	it('refuses a status source that the practice does not cite, naming the field', () => {
		const [error] = validateContent([
			...base,
			dated,
			withSource('anketa', 'statusAsOf: 2023\nstatusSource: novost\n'),
		]).filter((i) => i.severity === 'error');
		expect(error).toMatchObject({ field: 'statusSource', line: 8 });
		expect(error?.message).toBe(
			'источник статуса «novost» не указан в списке sources практики; добавьте его туда или укажите в statusSource один из источников практики',
		);
	});
});

describe('validateContent on rules of a practice filed as its results', () => {
	it('refuses a result whose measure is a rule, naming the measure and where the rule goes', () => {
		const [error] = errorsOf(
			practice(
				'municipalities: [krasnoyarsk]\ntopics: [tos]\nresults:\n  - measure: волн приёма заявок за календарный год\n    value: 3\n    unit: волны\n    year: 2023\n    source: anketa\n',
			),
		);
		expect(error).toMatchObject({ field: 'results.0.measure', line: 7 });
		expect(error?.message).toBe(
			'«волн приёма заявок за календарный год» — правило практики («за календарный год»), а не её итог: в results пишите, чего практика достигла в 2023 году (план — с planned: true), а правило перенесите в раздел «Как это работает»',
		);
	});

	it('refuses a rule in the «Результаты» section with its line in the file, and leaves rules in «Как это работает» alone', () => {
		const body = BODY.replace(
			'## Результаты\n\nТекст.',
			'## Результаты\n\nТекст.\nВ каждом районе побеждают пять инициатив.',
		).replace('## Как это работает\n\nТекст.', '## Как это работает\n\nЗаявки принимают три раза в год.');
		const errors = errorsOf(practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n', body));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ line: 30, field: '' });
		expect(errors[0]?.message).toContain('в разделе «Результаты» записано правило практики («каждом»)');
	});
});

describe('validateContent on replications', () => {
	const lesosibirsk = yaml(
		'municipalities',
		'lesosibirsk',
		'name: Лесосибирск\nkind: городской округ\nregion: krasnoyarskiy-kray\nsources: [anketa]\n',
	);
	const ours = practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n');
	const replication = (text: string, id = 'lesosibirsk-krasnoyarsk-praktika') => yaml('replications', id, text);
	const FIELDS =
		'practice: krasnoyarsk/praktika\nmunicipality: lesosibirsk\nyear: 2024\noutcome: Во дворах Лесосибирска прошли первые праздники соседей.\nsource: anketa\n';
	const errorsWith = (text: string) =>
		validateContent([...base, lesosibirsk, ours, replication(text)], { today: new Date('2026-11-28') }).filter(
			(i) => i.severity === 'error',
		);

	it('passes a repeat by another municipality, with results, contacts and a period', () => {
		const full = `${FIELDS}results:\n  - {measure: проведено праздников, value: 12, unit: праздников, year: 2024, source: anketa}\ncontacts:\n  - organisation: Администрация города Лесосибирска\nperiod: {start: 2024-06}\n`;
		expect(errorsWith(full)).toEqual([]);
	});

	it('leaves a content folder without any repeat valid, since no source reports one yet', () => {
		expect(validateContent([...base, ours]).filter((i) => i.severity === 'error')).toEqual([]);
	});

	it('refuses a repeat by a municipality that carries the practice out, pointing at the municipality', () => {
		const [error, ...rest] = errorsWith(FIELDS.replace('municipality: lesosibirsk', 'municipality: krasnoyarsk'));
		expect(rest).toEqual([]);
		expect(error).toMatchObject({
			file: 'content/replications/lesosibirsk-krasnoyarsk-praktika.yaml',
			field: 'municipality',
			line: 2,
		});
		expect(error?.message).toMatch(
			/^муниципалитет «krasnoyarsk» сам проводит практику «krasnoyarsk\/praktika» \(он указан в её municipalities\), а повтор — это когда практику перенял другой муниципалитет/,
		);
	});

	it('checks its references like every other entry, with a suggestion', () => {
		const errors = errorsWith(
			FIELDS.replace('krasnoyarsk/praktika', 'krasnoyarsk/praktik').replace('source: anketa', 'source: anketta'),
		);
		expect(errors.map((e) => [e.field, e.line])).toEqual([
			['practice', 1],
			['source', 5],
		]);
		expect(errors[0]?.message).toBe(
			'нет такой записи: практика «krasnoyarsk/praktik»; возможно, вы имели в виду «krasnoyarsk/praktika»; проверьте написание или добавьте файл в content/practices/',
		);
	});

	it('refuses a figure whose source is not the source of the repeat', () => {
		const errors = errorsWith(
			`${FIELDS}results:\n  - {measure: проведено праздников, value: 12, unit: праздников, year: 2024, source: drugoy}\n`,
		);
		// The unknown source is reported as a reference, and as not being the repeat's source.
		expect(errors.map((e) => e.field)).toEqual(['results.0.source', 'results.0.source']);
		expect(errors[1]?.message).toMatch(
			/^источник «drugoy» этой цифры — не источник повтора \(«anketa»\): укажите у цифры source: anketa/,
		);
	});

	it('refuses a year that has not come and a figure of a future year not marked as a plan', () => {
		const errors = errorsWith(
			`${FIELDS.replace('year: 2024', 'year: 2027')}results:\n  - {measure: проведено праздников, value: 12, unit: праздников, year: 2028, source: anketa}\n`,
		);
		expect(errors.map((e) => e.field)).toEqual(['year', 'results.0.year']);
		expect(errors[0]?.message).toBe(
			'2027 год ещё не наступил: повтор записывают, когда муниципалитет уже взялся за практику; исправьте год',
		);
	});

	it('requires what came of it, in words', () => {
		const [error] = errorsWith(FIELDS.replace(/^outcome: .*\n/m, ''));
		expect(error).toMatchObject({ field: 'outcome' });
		expect(error?.message).toContain('не заполнено обязательное поле outcome');
	});
});

describe('validateContent on draft practices (`_<slug>.mdx`, from npm run import)', () => {
	const draft = (frontmatter: string, body = BODY, id = 'krasnoyarsk/_praktika') =>
		mdx(
			id,
			`---\n# Черновик из таблицы «reestr.xlsx», лист «Реестр», строка 5\ntitle: Праздник во дворе\n${frontmatter}---\n${body}`,
		);
	const complete =
		'summary: Жители сами проводят праздники во дворах, и это объединяет соседей.\nmunicipalities: [krasnoyarsk]\ntopics: [tos]\nstatus: действует\nstatusAsOf: 2024\nstatusSource: anketa\nperiod: {}\nsources:\n  - source: anketa\nlastConfirmed: 2026-11-22\n';

	it('never fails on a draft, and says in one warning what it lacks before it can be published', () => {
		const issues = validateContent([...base, draft('municipalities: [krasnoyarsk]\ntopics: []\nperiod: {}\n')]);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		const [warning, ...rest] = issues;
		expect(rest).toEqual([]);
		expect(warning).toMatchObject({
			severity: 'warning',
			file: 'content/practices/krasnoyarsk/_praktika.mdx',
			line: 1,
		});
		expect(warning?.message).toMatch(
			/^черновик: на сайт не попадёт, пока имя файла начинается с «_»\. До публикации исправьте: /,
		);
		for (const gap of [
			'summary — не заполнено обязательное поле summary',
			'topics — список пуст',
			'status — не заполнено обязательное поле status',
			'sources — не заполнено обязательное поле sources',
			'lastConfirmed — не заполнено обязательное поле lastConfirmed',
		]) {
			expect(warning?.message).toContain(gap);
		}
		expect(warning?.message).toMatch(/; затем переименуйте файл без «_»$/);
	});

	it('says a complete draft is ready, and checks its name as it will be once published', () => {
		const [warning, ...rest] = validateContent([...base, draft(complete)]);
		expect(rest).toEqual([]);
		expect(warning?.message).toBe('черновик готов к публикации: переименуйте файл без «_» в начале имени');
		const [named] = validateContent([...base, draft(complete, BODY, 'krasnoyarsk/_Praktika')]);
		expect(named?.message).toContain('должно быть латиницей');
	});

	it('flags the section of unsorted cells at its heading until it is sorted out: a warning in a draft, an error once published', () => {
		const body = `${BODY}\n## Разобрать\n\n- «Контакты» (лист «Реестр», строка 5, столбец H): 8 (391) 226-10-00\n- «Охват» (лист «Реестр», строка 5, столбец K): 1 000\n`;
		const issues = validateContent([...base, draft(complete, body)]);
		const unsorted = issues.find((i) => i.message.includes('«Разобрать»'));
		// The heading's line in the file: 14 lines of properties, then the body.
		expect(unsorted).toMatchObject({ severity: 'warning', line: 36 });
		expect(unsorted?.message).toBe(
			'в разделе «Разобрать» не разобрано 2\u00a0пункта из таблицы: перенесите каждый пункт в нужное поле или раздел (или удалите, если он не нужен) и удалите заголовок раздела',
		);
		const published = errorsOf(practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n', body));
		expect(published).toHaveLength(1);
		expect(published[0]?.message).toMatch(
			/^в разделе «Разобрать» не разобрано 2\u00a0пункта из таблицы: .*; на сайте этого раздела быть не должно$/,
		);
	});

	it('gives a draft’s problems as errors when asked, as the import does to report what each draft lacks', () => {
		const raw = validateContent([...base, draft('municipalities: [krasnoyarsk]\ntopics: [tos]\nperiod: {}\n')], {
			summariseDrafts: false,
		});
		expect(raw.filter((i) => i.severity === 'error').map((i) => i.field)).toEqual([
			'summary',
			'status',
			'sources',
			'lastConfirmed',
		]);
	});

	it('lets nothing refer to a draft, and warns when a draft looks like a practice already in the base', () => {
		const published = practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n');
		expect(validateContent([...base, published, draft(complete)]).filter((i) => i.severity === 'error')).toEqual([]);
		const twin = mdx('krasnoyarsk/prazdnik-vo-dvore', `---\ntitle: Праздник во дворе\n${complete}---\n${BODY}`);
		const lookAlike = validateContent([...base, twin, draft(complete)]);
		expect(lookAlike.find((i) => i.field === 'title')?.message).toMatch(
			/^похоже на ту же практику, что и content\/practices\/krasnoyarsk\/prazdnik-vo-dvore\.mdx/,
		);
		const related = errorsOf(
			practice('municipalities: [krasnoyarsk]\ntopics: [tos]\nrelated: [krasnoyarsk/praktika-dva]\n'),
			draft(complete, BODY, 'krasnoyarsk/_praktika-dva'),
		);
		expect(related[0]?.message).toContain('нет такой записи: практика «krasnoyarsk/praktika-dva»');
	});
});

describe('validateContent on empty sections', () => {
	it('refuses a practice whose required section has a heading and nothing under it, pointing at the first', () => {
		const body = BODY.replace('## Решение\n\nТекст.\n', '## Решение\n').replace(
			'## Как повторить\n\nТекст.\n',
			'## Как повторить\n\n',
		);
		const [error, ...rest] = errorsOf(practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n', body));
		expect(rest).toEqual([]);
		expect(error?.message).toBe('пустые разделы текста «## Решение», «## Как повторить»: напишите их по источнику');
		expect(error?.line).toBe(19);
	});
});

describe('validateContent on a year that has not come', () => {
	it('refuses a status known for a year after the current one, naming the field, its line and the latest year allowed', () => {
		const at = (year: number) =>
			validateContent([...base, practice(`municipalities: [krasnoyarsk]\ntopics: [tos]\nstatusAsOf: ${year}\n`)], {
				today: new Date('2026-11-28'),
			}).filter((i) => i.severity === 'error');
		expect(at(2026)).toEqual([]);
		const [error, ...rest] = at(2027);
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ field: 'statusAsOf', line: 6 });
		expect(error?.message).toBe(
			'2027 год ещё не наступил, а статус верен только на год, о котором уже сказал источник: укажите в statusAsOf год из источника статуса, не позже 2026',
		);
	});
});

describe('validateContent on other years that have not come', () => {
	it('refuses an award of a year to come or reported on a day to come, and a population of a year to come', () => {
		const award = (when: string) =>
			`awards:\n  - title: Конкурс практик\n    result: победитель\n    ${when}\n    source: anketa\n`;
		const municipality = yaml(
			'municipalities',
			'krasnoyarsk',
			`name: Красноярск\nkind: городской округ\nregion: krasnoyarskiy-kray\npopulation: {value: 1205473, year: 2027, source: anketa}\n${award('year: 2027')}sources: [anketa]\n`,
		);
		const errors = validateContent(
			[
				...base.filter((f) => f.id !== 'krasnoyarsk'),
				municipality,
				practice(`municipalities: [krasnoyarsk]\ntopics: [tos]\n${award('reported: 2026-12')}`),
			],
			{
				today: new Date('2026-11-28'),
			},
		).filter((i) => i.severity === 'error');
		expect(errors.map((e) => [e.file, e.field, e.line, e.message])).toEqual([
			[
				'content/municipalities/krasnoyarsk.yaml',
				'awards.0.year',
				8,
				'2027 год ещё не наступил: награду записывают, когда она уже получена; исправьте год',
			],
			[
				'content/municipalities/krasnoyarsk.yaml',
				'population.year',
				4,
				'численность на 2027 год ещё не известна: укажите год, за который её даёт источник',
			],
			[
				'content/practices/krasnoyarsk/praktika.mdx',
				'awards.0.reported',
				9,
				'дата 2026-12 ещё не наступила: укажите, когда источник сообщил о награде',
			],
		]);
	});
});

describe('validateContent on values of the wrong shape', () => {
	it('takes a year outside the bounds for a typo, and says the bounds', () => {
		const [error] = errorsOf(practice('municipalities: [krasnoyarsk]\ntopics: [tos]\nstatusAsOf: 3025\n'));
		expect(error).toMatchObject({
			field: 'statusAsOf',
			line: 6,
			message: 'год 3025 вне допустимых (от 1990 до 2100): проверьте, нет ли в нём опечатки',
		});
	});

	it('shows how to write a source listed as a bare id where a citation is expected', () => {
		const file = mdx(
			'krasnoyarsk/praktika',
			`---\ntitle: Практика\nsummary: Жители сами проводят праздники во дворах, и это объединяет соседей.\nmunicipalities: [krasnoyarsk]\ntopics: [tos]\nstatus: действует\nstatusAsOf: 2024\nstatusSource: anketa\nperiod: {}\nsources:\n  - anketa\nlastConfirmed: 2026-11-22\n---\n${BODY}`,
		);
		const [error] = errorsOf(file);
		expect(error).toMatchObject({
			field: 'sources.0',
			line: 11,
			message: 'ожидается набор полей, а записано текст «anketa»: запишите «source: anketa»',
		});
	});

	it('says how to write a period the practice lacks, even with no dates', () => {
		const file = mdx(
			'krasnoyarsk/praktika',
			`---\ntitle: Практика\nsummary: Жители сами проводят праздники во дворах, и это объединяет соседей.\nmunicipalities: [krasnoyarsk]\ntopics: [tos]\nstatus: действует\nstatusAsOf: 2024\nstatusSource: anketa\nsources:\n  - source: anketa\nlastConfirmed: 2026-11-22\n---\n${BODY}`,
		);
		const [error] = errorsOf(file);
		expect(error?.field).toBe('period');
		expect(error?.message).toMatch(
			/^не заполнено обязательное поле period: .*если источник не даёт дат, напишите «period: \{\}»$/,
		);
	});
});

describe('validateContent on an id listed twice', () => {
	it('refuses a municipality listed twice in a practice, at the second, and does not call the practice a look-alike of itself', () => {
		const issues = validateContent([...base, practice('municipalities: [krasnoyarsk, krasnoyarsk]\ntopics: [tos]\n')]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			severity: 'error',
			field: 'municipalities.1',
			line: 4,
			message: '«krasnoyarsk» указан в списке municipalities дважды: уберите повтор',
		});
	});

	it('refuses a repeated topic, participant and cited source of a practice, each where it is repeated', () => {
		const lesosibirsk = yaml(
			'municipalities',
			'lesosibirsk',
			'name: Лесосибирск\nkind: городской округ\nregion: krasnoyarskiy-kray\nsources: [anketa]\n',
		);
		const errors = validateContent([
			...base,
			lesosibirsk,
			mdx(
				'krasnoyarsk/praktika',
				`---\ntitle: Практика\nsummary: Жители сами проводят праздники во дворах, и это объединяет соседей.\nmunicipalities: [krasnoyarsk]\nparticipants:\n  - lesosibirsk\n  - lesosibirsk\ntopics: [tos, tos]\nstatus: действует\nstatusAsOf: 2024\nstatusSource: anketa\nperiod: {}\nsources:\n  - source: anketa\n  - source: anketa\n    locator: вопрос 3\nlastConfirmed: 2026-11-22\n---\n${BODY}`,
			),
		]).filter((i) => i.severity === 'error');
		expect(errors.map((e) => [e.field, e.line])).toEqual([
			['participants.1', 7],
			['topics.1', 8],
			['sources.1.source', 15],
		]);
		expect(errors[2]?.message).toBe(
			'источник «anketa» указан в списке sources дважды: оставьте одну запись; если сведения взяты из разных мест документа, перечислите их в её locator',
		);
	});

	it('refuses a repeated id in the lists of other collections too, nested lists included', () => {
		const errors = validateContent([
			...base.filter((f) => f.collection !== 'needs' && f.collection !== 'events'),
			yaml(
				'events',
				'forum',
				'title: Форум\nkind: форум\ndescription: Городской форум.\npresenters: [krasnoyarsk]\nparticipants: [krasnoyarsk]\nsources: [anketa, anketa]\n',
			),
			yaml(
				'needs',
				'krasnoyarsk-2024',
				'municipality: krasnoyarsk\nyear: 2024\nsource: anketa\nitems:\n  - kind: задача\n    text: Развивать ТОС.\n    topics: [tos, tos]\n',
			),
			practice('municipalities: [krasnoyarsk]\ntopics: [tos]\n'),
		]).filter((i) => i.severity === 'error');
		expect(errors.map((e) => [e.file, e.field, e.message])).toEqual([
			['content/events/forum.yaml', 'sources.1', '«anketa» указан в списке sources дважды: уберите повтор'],
			[
				'content/needs/krasnoyarsk-2024.yaml',
				'items.0.topics.1',
				'«tos» указан в списке items.0.topics дважды: уберите повтор',
			],
		]);
	});
});
