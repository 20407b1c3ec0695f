export declare function sitemapsInRobots(text: string, robotsUrl: URL): URL[];
