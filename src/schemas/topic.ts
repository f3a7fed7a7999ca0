import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** A heading of the controlled rubricator: `content/topics/<id>.yaml`. */
export const TopicSchema = z.strictObject({
	/** Name of the topic: «Поддержка инициатив жителей». Required. */
	name: TextSchema.max(60),
	/** What belongs under this topic, one or two sentences. Required. */
	description: TextSchema.max(300),
	/** Position in lists; smaller first. Required. */
	order: z.number().int().nonnegative(),
});
export type Topic = z.infer<typeof TopicSchema>;
