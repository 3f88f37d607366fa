// Value's derived rendering.
import { formatQuantity } from '../../../domain/quantity.js';
import type { ValueResolvers } from '../../generated/resolvers-types.js';

export const Value: ValueResolvers = {
  display: (value) => formatQuantity(value),
};
