import { z } from "zod";
import { MAX_VALUES_DEPTH, nestsDeeperThan } from "@/lib/core/variables/json-depth";

/**
 * Template variable values as every render takes them (API body and query, share links): a JSON
 * object, nested at most MAX_VALUES_DEPTH levels so formatting a value can never overflow the stack.
 */
export const templateValuesSchema = z
  .record(z.string(), z.unknown())
  .refine((values) => !nestsDeeperThan(values, MAX_VALUES_DEPTH), `Values may be nested at most ${MAX_VALUES_DEPTH} levels deep`);
