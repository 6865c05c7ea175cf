package io.kaola.customs.declaration.domain;

/**
 * Our customs registrations and the codes every message carries (configured as {@code kaola.customs.platform.*};
 * the defaults are samples, not real registrations).
 *
 * @param ebpCode       e-commerce platform code (电商平台代码)
 * @param ebpName       its registered name
 * @param ebcCode       e-commerce enterprise code (电商企业代码)
 * @param ebcName       its registered name
 * @param payCode       payment company code (CEB311/411 payCode)
 * @param payName       its name
 * @param agentCode     declaring agent (申报企业) of the list
 * @param agentName     its name
 * @param areaCode      zone warehouse company (区内企业)
 * @param areaName      its name
 * @param customsCode   declaring customs (申报海关)
 * @param portCode      port customs (口岸海关)
 * @param emsNo         bonded account book (账册编号)
 * @param copCode       sender of the messages (BaseTransfer copCode)
 * @param copName       its name
 * @param dxpId         DXP id of the sender
 * @param trafMode      transport mode of the list
 * @param loctNo        supervision site (监管场所)
 * @param wrapType      packaging code
 * @param country       country of trade of the list (142 China for bonded stock)
 * @param originCountry origin country of every line (until the catalogue records it; UNVERIFIED)
 * @param unit          declared unit code of every line (UNVERIFIED)
 */
public record PlatformCodes(String ebpCode, String ebpName, String ebcCode, String ebcName, String payCode,
                            String payName, String agentCode, String agentName, String areaCode, String areaName,
                            String customsCode, String portCode, String emsNo, String copCode, String copName,
                            String dxpId, String trafMode, String loctNo, String wrapType, String country,
                            String originCountry, String unit) {}
