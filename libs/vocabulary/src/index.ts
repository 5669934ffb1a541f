/**
 * The product's shared vocabulary: lists every layer reads (library, service, database enums,
 * web app, CLI). Framework-free and dependency-free, so the browser bundle can import it too.
 */
export * from './provenance';
export * from './formats';
export * from './signals';
