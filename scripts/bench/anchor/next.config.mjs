// Stock settings.
const config = {};
export default config;
