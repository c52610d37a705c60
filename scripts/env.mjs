// Reads the project's .env files the way the Next.js server does, so npm start's checks and migration see the settings it will serve with.
import nextEnv from '@next/env';

// The variables already in the environment win over the files, as in Next.js itself; the server
// later reads the same files from the same folder (`next({ dir: process.cwd() })`).
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
