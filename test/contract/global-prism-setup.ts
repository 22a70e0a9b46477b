import { setup } from './global-prism';
export default setup;
