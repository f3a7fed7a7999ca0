import type { z } from 'astro/zod';
import type { CollectionName } from '../schemas/common.ts';
import { PracticeSchema } from '../schemas/practice.ts';
import { ReplicationSchema } from '../schemas/replication.ts';
import { MunicipalitySchema } from '../schemas/municipality.ts';
import { RegionSchema } from '../schemas/region.ts';
import { TopicSchema } from '../schemas/topic.ts';
import { AssociationSchema } from '../schemas/association.ts';
import { EventSchema } from '../schemas/event.ts';
import { SourceSchema } from '../schemas/source.ts';
import { NeedsSchema } from '../schemas/need.ts';
import { GlossaryTermSchema } from '../schemas/glossary-term.ts';

/** The schema of each collection; `content.config.ts` pairs the same schemas with their loaders. */
export const CONTENT_SCHEMAS = {
	practices: PracticeSchema,
	replications: ReplicationSchema,
	municipalities: MunicipalitySchema,
	regions: RegionSchema,
	topics: TopicSchema,
	associations: AssociationSchema,
	events: EventSchema,
	sources: SourceSchema,
	needs: NeedsSchema,
	glossary: GlossaryTermSchema,
} satisfies Record<CollectionName, z.ZodType>;

/** What a collection is called in messages to curators. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
	practices: 'практика',
	replications: 'повтор практики',
	municipalities: 'муниципальное образование',
	regions: 'регион',
	topics: 'тема',
	associations: 'ассоциация',
	events: 'событие',
	sources: 'источник',
	needs: 'потребности',
	glossary: 'термин глоссария',
};
