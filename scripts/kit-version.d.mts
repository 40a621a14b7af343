export declare const kitVersion: string;
export declare const versionDefine: { __KRE8_VERSION__: string };
