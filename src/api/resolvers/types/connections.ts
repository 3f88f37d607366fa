// The connection types share one implementation over store pages.
import { connectionResolvers } from '../../connection.js';

export const ClaimConnection = connectionResolvers;
export const EntityConnection = connectionResolvers;
export const SourceConnection = connectionResolvers;
export const ConflictConnection = connectionResolvers;
