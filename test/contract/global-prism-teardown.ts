import { teardown } from './global-prism';
export default teardown;
