import { COLLECTIONS, MAY_BE_EMPTY } from '../../schemas/common.ts';
import { COLLECTION_LABELS } from '../content-schemas.ts';
import type { Rule } from '../rule-context.ts';

/** Every collection but those that may be empty has an entry: an empty one means content is missing or was not read. */
export const emptyCollections: Rule = (context) =>
	COLLECTIONS.filter(
		(collection) => !MAY_BE_EMPTY.includes(collection) && !context.files.some((f) => f.collection === collection),
	).map((collection) => ({
		severity: 'error',
		file: `content/${collection}/`,
		field: '',
		message: `в коллекции нет ни одной записи (${COLLECTION_LABELS[collection]})`,
	}));
