import { stringify } from 'yaml';

/** What a new repeat starts from: the required fields of `content/replications/`. */
export interface NewReplication {
	practice: string;
	municipality: string;
	year: number;
	outcome: string;
	source: string;
}

/** The text of a new repeat's file: its fields in schema order, and a note on the optional ones. */
export function replicationTemplate(replication: NewReplication): string {
	const fields = stringify(
		{
			practice: replication.practice,
			municipality: replication.municipality,
			year: replication.year,
			outcome: replication.outcome,
			source: replication.source,
		},
		{ lineWidth: 0 },
	);
	return (
		fields +
		'# Если источник их даёт, добавьте результаты в цифрах (results), официальные контакты (contacts)\n' +
		'# и период (period), как в файлах практик; что означает каждое поле — в src/schemas/replication.ts.\n'
	);
}
