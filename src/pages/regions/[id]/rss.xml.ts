import { entityFeeds } from '../../../open-data/published-practices.ts';

/** New and updated practices of one of the regions: /regions/<id>/rss.xml. */
export const { getStaticPaths, GET } = entityFeeds('regions');
