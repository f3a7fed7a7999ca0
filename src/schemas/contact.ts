import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/**
 * An official contact for a practice: an office, not a private person's mobile number.
 * Only contacts published by the municipality or the association belong here.
 */
export const ContactSchema = z.strictObject({
	/** Organisation or department, in Russian. Required. */
	organisation: TextSchema,
	/** Position or role of the contact person, if published. Optional. */
	role: TextSchema.optional(),
	/** Official phone number as published. Optional. */
	phone: TextSchema.optional(),
	/** Official e-mail address. Optional. */
	email: z.email().optional(),
	/** Official web page. Optional. */
	url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Contact = z.infer<typeof ContactSchema>;
