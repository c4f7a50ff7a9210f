export type { JsonWebKeySet, RemoteKeySetOptions } from './auth/key-sets.js';
export { publicKeySet, remoteKeySet } from './auth/key-sets.js';
export type { RouterSignatureProblem } from './auth/router-signature.js';
export {
  clientAddressHeader,
  generateRouterKey,
  routerSignatureHeader,
  routerSignatureMaxAgeSeconds,
  signRouterRequest,
  verifyRouterSignature,
} from './auth/router-signature.js';
export type { Role, TokenKeys, TokenSigner, TokenVerifier, Viewer } from './auth/token.js';
export {
  createTokenSigner,
  createTokenVerifier,
  InvalidTokenError,
  publicJwkOf,
  roles,
  signAccessToken,
  TokenKeysUnavailableError,
  tokenAlgorithm,
} from './auth/token.js';
export { requireViewer, viewerFromAuthorization } from './auth/viewer-from-request.js';
export {
  ConfigError,
  configOrExit,
  loadConfig,
  logLevel,
  oneOf,
  pem,
  port,
  positiveInt,
  postgresUrl,
  redisUrl,
  routerKeys,
  routerTrust,
  secret,
  tokenTrust,
  url,
} from './config.js';
export { isDatabaseUnavailable } from './database-errors.js';
export type { FieldError } from './errors.js';
export {
  badUserInput,
  conflict,
  ErrorCode,
  forbidden,
  maskUnexpectedErrors,
  notFound,
  unauthenticated,
} from './errors.js';
export type { InboxDatabase, InboxTransaction } from './events/apply-once.js';
export { applyOnce } from './events/apply-once.js';
export type { EventEnvelope } from './events/envelope.js';
export { envelopeField, parseEnvelope } from './events/envelope.js';
export type { OutboxStore } from './events/outbox-relay.js';
export { startOutboxRelay } from './events/outbox-relay.js';
export type { OutboxDatabase, OutboxTransaction } from './events/prisma-outbox.js';
export { appendToOutbox, createOutboxStore } from './events/prisma-outbox.js';
export type { RetrySchedule } from './events/retry-schedule.js';
export { defaultRetrySchedule, eventRetry, retryDelay, retryScheduleOf } from './events/retry-schedule.js';
export { startStreamConsumer } from './events/stream-consumer.js';
export { buildFederatedSchema } from './graphql/build-subgraph-schema.js';
export type { ByIdLoader } from './graphql/by-id-loader.js';
export { createByIdLoader, createGroupLoader, groupBy } from './graphql/by-id-loader.js';
export type { NewestFirstPosition, PageLimits } from './graphql/connection.js';
export {
  afterNewestFirst,
  encodeCursor,
  newestFirstPosition,
  PageInfo,
  readNewestFirstPosition,
  readPageArgs,
  toConnection,
} from './graphql/connection.js';
export type { EntityResolver, EntityResolvers } from './graphql/entities-guard.js';
export { useOperationRequired } from './graphql/plugins/operation-required.js';
export { recordErrorCodes, useRequestRecord } from './graphql/plugins/request-record.js';
export { useSignedInPrivate } from './graphql/plugins/signed-in-private.js';
export { useWellFormedText } from './graphql/plugins/well-formed-text.js';
export { createGraphQLHandler } from './http/graphql-handler.js';
export { sendGraphQLError, sendJson } from './http/json-response.js';
export { BodyTooLargeError, readBody } from './http/read-body.js';
export type { FinishedRequest, RequestObservation, RequestRecord } from './http/request-scope.js';
export { currentRequest, observeRequest, requestIdHeader } from './http/request-scope.js';
export type { ReadinessCheck, ReadinessReport } from './http/service-server.js';
export { createServiceServer } from './http/service-server.js';
export { createSubgraphServer } from './http/subgraph-server.js';
export { isUuid, requireUuid, uuidId } from './ids.js';
export type { Logger } from './logger.js';
export { createLogger } from './logger.js';
export type { RawStatement, StatementDetail, StatementObserver } from './prisma.js';
export { createPrismaClient, readRows } from './prisma.js';
export { guardProcess } from './process-guard.js';
export { createRedis, Redis } from './redis.js';
export { runCommand } from './run-command.js';
export { handleShutdown } from './shutdown.js';
export type { Tracing } from './tracing/start-tracing.js';
export { startTracing } from './tracing/start-tracing.js';
export { injectTraceContext } from './tracing/trace-context.js';
export { withTimeout } from './with-timeout.js';
