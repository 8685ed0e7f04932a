import { z } from 'zod';
import { KitIdSchema } from '../funnel';

/**
 * The shape of a stage kit, apart from the text kits are built from, so a
 * view that only shows kits (the sidebar, over a message) loads none of it.
 */
export const KitItemSchema = z.object({
  text: z.string(),
  detail: z.string().optional(),
  /** ISO date (yyyy-mm-dd) when counted from the close. */
  date: z.string().optional(),
});
export type KitItem = z.infer<typeof KitItemSchema>;

export const KitSectionSchema = z.object({
  heading: z.string(),
  items: z.array(KitItemSchema),
  /** Never in what is sent to the candidate. */
  reviewerOnly: z.boolean().optional(),
});
export type KitSection = z.infer<typeof KitSectionSchema>;

export const StageKitSchema = z.object({
  id: KitIdSchema,
  title: z.string(),
  timeBox: z.string().nullable(),
  sections: z.array(KitSectionSchema),
  /** What the reviewer ticks while running this stage. */
  checklist: z.array(z.string()),
});
export type StageKit = z.infer<typeof StageKitSchema>;
