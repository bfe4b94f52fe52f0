"""Write the coordinates of the places into cities.json and countries.json, in place.

Run once from the project root: `python tools/place_coordinates.py`. The tables below were
written by hand from general knowledge (decimal degrees, WGS84, north and east positive,
rounded to 2 places); "-" leaves a place's coordinates null (not sure of a small town's
position, or a place a point does not represent: an ocean, a continent, a river, a region that
spans several countries, a state that no longer exists). Countries get a representative point
(their approximate geographic centre, the kind of point the CIA World Factbook's "geographic
coordinates" and GDELT's country-level geocoding give) and a bounding box
[min_lat, min_lon, max_lat, max_lon] widened by BOX_MARGIN degrees on each side; a box whose
min_lon is greater than its max_lon crosses the 180th meridian (Fiji, Kiribati, Russia).
The files keep their one-entry-a-line layout; a place missing from a table fails the run.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lexicon" / "data"
BOX_MARGIN = 0.2

# name|lat|lon (the `name` of cities.json, unique there)
CITIES = """
Kabul|34.53|69.17
Tirana|41.33|19.82
Algiers|36.75|3.06
Andorra la Vella|42.51|1.52
Luanda|-8.84|13.23
St. John's|17.12|-61.85
Buenos Aires|-34.60|-58.38
Yerevan|40.18|44.51
Canberra|-35.28|149.13
Vienna|48.21|16.37
Baku|40.41|49.87
Nassau|25.05|-77.34
Manama|26.23|50.59
Dhaka|23.81|90.41
Bridgetown|13.10|-59.62
Minsk|53.90|27.56
Brussels|50.85|4.35
Belmopan|17.25|-88.77
Porto-Novo|6.50|2.60
Thimphu|27.47|89.64
La Paz|-16.50|-68.15
Sarajevo|43.86|18.41
Gaborone|-24.65|25.91
Brasília|-15.79|-47.88
Bandar Seri Begawan|4.90|114.94
Sofia|42.70|23.32
Ouagadougou|12.37|-1.52
Gitega|-3.43|29.93
Praia|14.93|-23.51
Phnom Penh|11.56|104.92
Yaoundé|3.85|11.50
Ottawa|45.42|-75.70
Bangui|4.39|18.56
N'Djamena|12.13|15.06
Santiago|-33.45|-70.67
Beijing|39.90|116.41
Bogotá|4.71|-74.07
Moroni|-11.70|43.26
Brazzaville|-4.26|15.24
Kinshasa|-4.32|15.31
San José|9.93|-84.08
Yamoussoukro|6.83|-5.29
Zagreb|45.81|15.98
Havana|23.11|-82.37
Nicosia|35.19|33.38
Prague|50.08|14.44
Copenhagen|55.68|12.57
Djibouti|11.59|43.15
Roseau|15.30|-61.39
Santo Domingo|18.49|-69.93
Quito|-0.18|-78.47
Cairo|30.04|31.24
San Salvador|13.69|-89.22
Malabo|3.75|8.78
Asmara|15.32|38.93
Tallinn|59.44|24.75
Mbabane|-26.31|31.14
Addis Ababa|9.03|38.74
Suva|-18.14|178.44
Helsinki|60.17|24.94
Paris|48.86|2.35
Libreville|0.42|9.47
Banjul|13.45|-16.58
Tbilisi|41.72|44.79
Berlin|52.52|13.40
Accra|5.60|-0.19
Athens|37.98|23.73
St. George's|12.06|-61.75
Guatemala City|14.63|-90.51
Conakry|9.64|-13.58
Bissau|11.86|-15.60
Georgetown|6.80|-58.16
Port-au-Prince|18.59|-72.31
Tegucigalpa|14.07|-87.19
Budapest|47.50|19.04
Reykjavík|64.15|-21.94
New Delhi|28.61|77.21
Jakarta|-6.21|106.85
Tehran|35.69|51.39
Baghdad|33.31|44.36
Dublin|53.35|-6.26
Tel Aviv|32.09|34.78
Rome|41.90|12.50
Kingston|17.97|-76.79
Tokyo|35.68|139.69
Amman|31.95|35.93
Astana|51.17|71.45
Nairobi|-1.29|36.82
Tarawa|1.33|172.98
Kuwait City|29.38|47.99
Bishkek|42.87|74.59
Vientiane|17.97|102.63
Riga|56.95|24.11
Beirut|33.89|35.50
Maseru|-29.31|27.48
Monrovia|6.30|-10.80
Tripoli|32.89|13.19
Vaduz|47.14|9.52
Vilnius|54.69|25.28
Luxembourg|49.61|6.13
Antananarivo|-18.88|47.51
Lilongwe|-13.96|33.79
Kuala Lumpur|3.14|101.69
Malé|4.18|73.51
Bamako|12.64|-8.00
Valletta|35.90|14.51
Majuro|7.09|171.38
Nouakchott|18.07|-15.96
Port Louis|-20.16|57.50
Mexico City|19.43|-99.13
Palikir|6.92|158.16
Chișinău|47.01|28.86
Monaco|43.74|7.42
Ulaanbaatar|47.89|106.91
Podgorica|42.44|19.26
Rabat|34.02|-6.84
Maputo|-25.97|32.57
Naypyidaw|19.76|96.13
Windhoek|-22.56|17.08
Yaren|-0.55|166.92
Kathmandu|27.72|85.32
Amsterdam|52.37|4.90
Wellington|-41.29|174.78
Managua|12.11|-86.24
Niamey|13.51|2.11
Abuja|9.08|7.40
Pyongyang|39.04|125.76
Skopje|42.00|21.43
Oslo|59.91|10.75
Muscat|23.59|58.41
Islamabad|33.68|73.05
Ngerulmud|7.50|134.62
Panama City|8.98|-79.52
Port Moresby|-9.44|147.18
Asunción|-25.26|-57.58
Lima|-12.05|-77.04
Manila|14.60|120.98
Warsaw|52.23|21.01
Lisbon|38.72|-9.14
Doha|25.29|51.53
Seoul|37.57|126.98
Bucharest|44.43|26.10
Moscow|55.76|37.62
Kigali|-1.95|30.06
Basseterre|17.30|-62.72
Castries|14.01|-60.99
Kingstown|13.16|-61.22
Apia|-13.83|-171.76
San Marino|43.94|12.45
São Tomé|0.34|6.73
Riyadh|24.71|46.68
Dakar|14.72|-17.47
Belgrade|44.79|20.45
Victoria|-4.62|55.45
Freetown|8.48|-13.23
Singapore|1.35|103.82
Bratislava|48.15|17.11
Ljubljana|46.06|14.51
Honiara|-9.43|159.95
Mogadishu|2.05|45.32
Pretoria|-25.75|28.19
Juba|4.85|31.58
Madrid|40.42|-3.70
Colombo|6.93|79.86
Khartoum|15.50|32.56
Paramaribo|5.85|-55.20
Stockholm|59.33|18.07
Bern|46.95|7.45
Damascus|33.51|36.29
Dushanbe|38.56|68.77
Dodoma|-6.16|35.75
Bangkok|13.76|100.50
Dili|-8.56|125.56
Lomé|6.13|1.22
Nukuʻalofa|-21.14|-175.20
Port of Spain|10.65|-61.51
Tunis|36.81|10.18
Ankara|39.93|32.86
Ashgabat|37.96|58.33
Funafuti|-8.52|179.20
Kampala|0.35|32.58
Kyiv|50.45|30.52
Abu Dhabi|24.45|54.38
London|51.51|-0.13
Washington|38.91|-77.04
Montevideo|-34.90|-56.16
Tashkent|41.30|69.24
Port Vila|-17.73|168.32
Caracas|10.48|-66.90
Hanoi|21.03|105.85
Sanaa|15.37|44.19
Lusaka|-15.39|28.32
Harare|-17.83|31.05
Ramallah|31.90|35.20
Vatican City|41.90|12.45
Pristina|42.66|21.17
Taipei|25.03|121.57
Laayoune|27.15|-13.20
Hong Kong|22.32|114.17
Macau|22.20|113.54
San Juan|18.47|-66.11
Nuuk|64.18|-51.72
Tórshavn|62.01|-6.77
Gibraltar|36.14|-5.35
Stanley|-51.69|-57.86
Hamilton|32.29|-64.78
George Town|19.29|-81.38
Hagåtña|13.48|144.75
Pago Pago|-14.28|-170.70
Charlotte Amalie|18.34|-64.93
Road Town|18.43|-64.62
Oranjestad|12.52|-70.03
Willemstad|12.11|-68.93
Philipsburg|18.03|-63.05
Nouméa|-22.28|166.46
Papeete|-17.54|-149.57
Saint-Denis|-20.88|55.45
Mamoudzou|-12.78|45.23
Fort-de-France|14.60|-61.07
Basse-Terre|16.00|-61.73
Cayenne|4.92|-52.33
Douglas|54.15|-4.48
Saint Helier|49.19|-2.11
Saint Peter Port|49.46|-2.54
Avarua|-21.21|-159.78
Alofi|-19.06|-169.92
Saipan|15.19|145.75
Jamestown|-15.92|-5.72
Cockburn Town|21.46|-71.14
The Valley|18.22|-63.06
Brades|16.79|-62.21
Aleppo|36.20|37.16
Homs|34.73|36.71
Hama|35.13|36.75
Latakia|35.52|35.79
Tartus|34.89|35.89
Idlib|35.93|36.63
Raqqa|35.95|39.01
Deir ez-Zor|35.34|40.14
Hasakah|36.50|40.75
Qamishli|37.05|41.23
Daraa|32.63|36.10
Suwayda|32.71|36.57
Quneitra|33.13|35.82
Manbij|36.53|37.95
Afrin|36.51|36.87
Al-Bab|36.37|37.52
Jarablus|36.82|38.01
Kobani|36.89|38.36
Palmyra|34.56|38.28
Abu Kamal|34.45|40.92
Mayadin|35.02|40.45
Douma|33.57|36.40
Jisr al-Shughur|35.81|36.32
Maarat al-Numan|35.65|36.67
Saraqib|35.86|36.80
Khan Shaykhun|35.44|36.65
Tal Abyad|36.70|38.95
Ras al-Ayn|36.85|40.07
Al-Tanf|33.50|38.63
Baniyas|35.18|35.95
Jableh|35.36|35.93
Qardaha|35.46|36.06
Zabadani|33.73|36.10
Darayya|33.46|36.24
Harasta|33.56|36.37
Yabroud|33.97|36.66
Al-Qusayr|34.51|36.58
Azaz|36.59|37.05
Tabqa|35.84|38.55
Salamiyah|35.01|37.05
Masyaf|35.07|36.34
Shaddadi|36.06|40.73
Sayyida Zaynab|33.44|36.34
Mezzeh|33.50|36.25
Hmeimim|35.41|35.95
Basra|30.51|47.81
Mosul|36.34|43.13
Erbil|36.19|44.01
Kirkuk|35.47|44.39
Sulaymaniyah|35.56|45.44
Duhok|36.87|42.99
Najaf|32.00|44.34
Karbala|32.62|44.02
Hillah|32.48|44.42
Kut|32.51|45.82
Amarah|31.84|47.15
Nasiriyah|31.04|46.26
Diwaniyah|31.99|44.93
Samawah|31.31|45.28
Ramadi|33.43|43.30
Fallujah|33.35|43.78
Tikrit|34.60|43.68
Samarra|34.20|43.87
Baqubah|33.75|44.64
Sinjar|36.32|41.87
Tal Afar|36.38|42.45
Al-Qaim|34.37|41.09
Baiji|34.93|43.49
Zakho|37.14|42.68
Halabja|35.18|45.99
Umm Qasr|30.04|47.96
Al-Faw|29.98|48.47
Kufa|32.05|44.40
Jurf al-Sakhar|-|-
Hit|33.64|42.83
Khanaqin|34.35|45.39
Tuz Khurmatu|34.89|44.63
Qayyarah|35.80|43.29
Aden|12.79|45.03
Hodeidah|14.80|42.95
Taiz|13.58|44.02
Marib|15.46|45.33
Ibb|13.97|44.18
Dhamar|14.54|44.40
Mukalla|14.54|49.13
Seiyun|15.94|48.79
Saada|16.94|43.76
Hajjah|15.69|43.60
Amran|15.66|43.94
Al-Bayda (Yemen)|13.99|45.57
Lahij|13.06|44.88
Al-Dhale|13.70|44.73
Mocha|13.32|43.25
Zinjibar|13.13|45.38
Ataq|14.54|46.83
Ras Isa|-|-
Midi|-|-
Haradh|-|-
Benghazi|32.12|20.09
Misrata|32.38|15.09
Sirte|31.21|16.59
Sabha|27.04|14.43
Zawiya|32.76|12.73
Derna|32.77|22.64
Al-Bayda (Libya)|32.76|21.76
Tobruk|32.08|23.96
Gharyan|32.17|13.02
Tarhuna|32.43|13.63
Kufra|24.18|23.29
Ajdabiya|30.76|20.23
Zliten|32.47|14.57
Brega|30.41|19.58
Ras Lanuf|30.49|18.56
Es Sider|30.63|18.35
Zintan|31.93|12.25
Bani Walid|31.76|13.99
Ghadames|30.13|9.50
Ubari|26.59|12.78
Murzuq|25.92|13.92
Sabratha|32.79|12.49
Zuwara|32.93|12.08
Al-Marj|32.49|20.83
Tripoli (Lebanon)|34.44|35.84
Sidon|33.56|35.37
Tyre|33.27|35.20
Baalbek|34.01|36.21
Nabatieh|33.38|35.48
Zahle|33.85|35.90
Byblos|34.12|35.65
Jounieh|33.98|35.62
Hermel|34.39|36.38
Bint Jbeil|33.12|35.43
Marjayoun|33.36|35.59
Khiam|33.33|35.61
Naqoura|33.12|35.14
Arsal|34.18|36.42
Baabda|33.83|35.54
Aley|33.81|35.60
Gaza City|31.50|34.47
Khan Yunis|31.35|34.30
Rafah|31.30|34.25
Deir al-Balah|31.42|34.35
Jabalia|31.53|34.48
Beit Lahia|31.55|34.50
Beit Hanoun|31.54|34.54
Nuseirat|31.45|34.39
Bureij|31.44|34.40
Maghazi|31.42|34.38
Al-Bireh|31.91|35.22
Hebron|31.53|35.10
Bethlehem|31.70|35.20
Nablus|32.22|35.26
Jenin|32.46|35.30
Tulkarm|32.31|35.03
Qalqilya|32.19|34.97
Jericho|31.86|35.46
Tubas|32.32|35.37
Salfit|32.08|35.18
East Jerusalem|31.78|35.23
Haifa|32.79|34.99
Eilat|29.56|34.95
Ashdod|31.80|34.65
Ashkelon|31.67|34.57
Beersheba|31.25|34.79
Netanya|32.33|34.86
Nazareth|32.70|35.30
Acre|32.93|35.08
Jaffa|32.05|34.75
Sderot|31.52|34.60
Dimona|31.07|35.03
Lod|31.95|34.90
Ramla|31.93|34.87
Umm al-Fahm|32.52|35.15
Kiryat Shmona|33.21|35.57
Safed|32.96|35.50
Tiberias|32.79|35.53
Herzliya|32.16|34.84
West Jerusalem|31.78|35.21
Jeddah|21.49|39.19
Mecca|21.42|39.83
Medina|24.47|39.61
Dammam|26.43|50.10
Khobar|26.28|50.21
Dhahran|26.29|50.11
Taif|21.27|40.42
Tabuk|28.38|36.57
Abha|18.22|42.51
Jazan|16.89|42.55
Najran|17.49|44.13
Dhahran al-Janub|17.67|43.51
Hail|27.52|41.69
Buraidah|26.33|43.97
Arar|30.98|41.04
Sakaka|29.97|40.21
Al-Bahah|20.01|41.47
Yanbu|24.09|38.06
Qatif|26.56|50.01
Hafar Al-Batin|28.43|45.96
Jubail|27.00|49.66
Hofuf|25.38|49.59
Khamis Mushait|18.31|42.73
Neom|-|-
Ras Tanura|26.64|50.16
Abqaiq|25.94|49.68
AlUla|26.61|37.92
Alexandria|31.20|29.92
Giza|30.01|31.21
Port Said|31.26|32.30
Suez|29.97|32.53
Ismailia|30.60|32.27
Mansoura|31.04|31.38
Tanta|30.79|31.00
Zagazig|30.59|31.50
Damanhur|31.03|30.47
Shibin El Kom|30.55|31.01
Banha|30.46|31.18
Kafr El Sheikh|31.11|30.94
Damietta|31.42|31.81
Faiyum|29.31|30.84
Beni Suef|29.07|31.10
Minya|28.11|30.75
Asyut|27.18|31.18
Sohag|26.56|31.69
Qena|26.16|32.72
Luxor|25.69|32.64
Aswan|24.09|32.90
Hurghada|27.26|33.81
Marsa Matruh|31.35|27.24
Arish|31.13|33.80
El Tor|28.24|33.62
Kharga|25.44|30.55
Sharm El Sheikh|27.92|34.33
Sheikh Zuweid|31.21|34.11
El Alamein|30.83|28.95
New Administrative Capital|30.02|31.76
Helwan|29.85|31.33
Shubra El Kheima|30.13|31.24
El Mahalla El Kubra|30.97|31.17
Zarqa|32.07|36.09
Irbid|32.56|35.85
Aqaba|29.53|35.01
Mafraq|32.34|36.21
Karak|31.18|35.70
Ma'an|30.19|35.73
Salt|32.04|35.73
Madaba|31.72|35.79
Ramtha|32.56|36.01
Zaatari|32.29|36.32
Dubai|25.20|55.27
Sharjah|25.35|55.42
Ajman|25.41|55.45
Ras Al Khaimah|25.79|55.94
Fujairah|25.13|56.33
Umm Al Quwain|25.56|55.55
Al Ain|24.21|55.74
Salalah|17.02|54.09
Sohar|24.35|56.71
Duqm|19.66|57.70
Muharraq|26.26|50.61
Riffa|26.13|50.56
Ras Laffan|25.91|51.55
Al Wakrah|25.17|51.60
Al Udeid|25.12|51.32
Jahra|29.34|47.66
Ahmadi|29.08|48.08
Mashhad|36.30|59.61
Isfahan|32.65|51.67
Tabriz|38.08|46.29
Shiraz|29.59|52.58
Qom|34.64|50.88
Ahvaz|31.32|48.67
Kermanshah|34.31|47.07
Bandar Abbas|27.18|56.27
Bushehr|28.92|50.84
Natanz|33.51|51.92
Fordow|34.88|50.99
Arak|34.09|49.69
Zahedan|29.50|60.86
Kerman|30.28|57.08
Yazd|31.90|54.37
Rasht|37.28|49.58
Urmia|37.55|45.08
Chabahar|25.29|60.64
Abadan|30.34|48.30
Istanbul|41.01|28.98
Izmir|38.42|27.14
Antalya|36.90|30.70
Gaziantep|37.07|37.38
Adana|37.00|35.32
Suruc|36.98|38.42
Konya|37.87|32.48
Diyarbakir|37.91|40.23
Sanliurfa|37.16|38.79
Mersin|36.81|34.64
Antakya|36.20|36.16
Kilis|36.72|37.12
Incirlik|37.00|35.43
Trabzon|41.00|39.72
Kayseri|38.73|35.49
Kahramanmaras|37.58|36.94
Mardin|37.31|40.74
Malatya|38.35|38.31
Casablanca|33.57|-7.59
Marrakesh|31.63|-8.01
Fez|34.03|-5.00
Tangier|35.76|-5.83
Agadir|30.43|-9.60
Oujda|34.68|-1.91
Dakhla|23.68|-15.96
Tindouf|27.67|-8.15
Oran|35.70|-0.63
Constantine|36.37|6.61
Annaba|36.90|7.76
Sfax|34.74|10.76
Sousse|35.83|10.64
Kairouan|35.68|10.10
Bizerte|37.27|9.87
Gabes|33.88|10.10
Ben Gardane|33.14|11.22
Nouadhibou|20.94|-17.04
Port Sudan|19.62|37.22
Omdurman|15.64|32.48
El Fasher|13.63|25.35
Nyala|12.05|24.88
El Geneina|13.45|22.45
Wad Madani|14.40|33.52
Kassala|15.45|36.40
El Obeid|13.18|30.22
Kadugli|11.01|29.72
Hargeisa|9.56|44.06
Kismayo|-0.36|42.55
Baidoa|3.12|43.65
Mombasa|-4.04|39.67
Mekelle|13.50|39.47
Goma|-1.68|29.23
Timbuktu|16.77|-3.01
Gao|16.27|-0.04
Kidal|18.44|1.41
Agadez|16.97|7.99
Abidjan|5.36|-4.01
Lagos|6.52|3.38
Kano|12.00|8.52
Maiduguri|11.85|13.16
Johannesburg|-26.20|28.05
Cape Town|-33.92|18.42
Durban|-29.86|31.02
Douala|4.05|9.77
The Hague|52.08|4.30
Geneva|46.20|6.14
Davos|46.80|9.84
Lausanne|46.52|6.63
Munich|48.14|11.58
Frankfurt|50.11|8.68
Hamburg|53.55|9.99
Milan|45.46|9.19
Barcelona|41.39|2.17
Marseille|43.30|5.37
Lyon|45.76|4.84
Strasbourg|48.57|7.75
Manchester|53.48|-2.24
Birmingham|52.49|-1.89
Saint Petersburg|59.93|30.34
Sochi|43.60|39.73
Kazan|55.79|49.12
Grozny|43.32|45.69
Vladivostok|43.12|131.89
Kaliningrad|54.71|20.51
Kursk|51.73|36.19
Belgorod|50.60|36.59
Murmansk|68.97|33.08
Kharkiv|49.99|36.23
Odesa|46.48|30.72
Mariupol|47.10|37.55
Donetsk|48.02|37.80
Luhansk|48.57|39.31
Kherson|46.64|32.62
Zaporizhzhia|47.84|35.14
Dnipro|48.46|35.05
Lviv|49.84|24.03
Bakhmut|48.60|38.00
Avdiivka|48.14|37.75
Sevastopol|44.62|33.52
Ganja|40.68|46.36
Batumi|41.64|41.64
Shanghai|31.23|121.47
Guangzhou|23.13|113.26
Shenzhen|22.54|114.06
Wuhan|30.59|114.31
Mumbai|19.08|72.88
Kolkata|22.57|88.36
Chennai|13.08|80.27
Bangalore|12.97|77.59
Hyderabad|17.39|78.49
Srinagar|34.08|74.80
Karachi|24.86|67.01
Lahore|31.55|74.34
Peshawar|34.01|71.58
Quetta|30.18|66.99
Rawalpindi|33.60|73.04
Kandahar|31.63|65.71
Herat|34.35|62.20
Mazar-i-Sharif|36.71|67.11
Jalalabad|34.43|70.45
Kunduz|36.73|68.87
Bagram|34.95|69.27
Osaka|34.69|135.50
Hiroshima|34.39|132.46
Busan|35.18|129.08
Yangon|16.87|96.20
Ho Chi Minh City|10.82|106.63
Samarkand|39.65|66.96
Almaty|43.24|76.89
Chittagong|22.36|91.78
Cox's Bazar|21.43|92.01
New York|40.71|-74.01
Los Angeles|34.05|-118.24
Chicago|41.88|-87.63
San Francisco|37.77|-122.42
Houston|29.76|-95.37
Miami|25.76|-80.19
Boston|42.36|-71.06
Camp David|39.65|-77.47
Guantanamo Bay|19.90|-75.15
Toronto|43.65|-79.38
Montreal|45.50|-73.57
São Paulo|-23.55|-46.63
Rio de Janeiro|-22.91|-43.17
Sydney|-33.87|151.21
Melbourne|-37.81|144.96
Jerusalem|31.78|35.22
Sadr City|33.39|44.46
Valencia|39.47|-0.38
Seville|37.39|-5.98
Granada|37.18|-3.60
Cordoba|37.88|-4.78
Melilla|35.29|-2.94
Ceuta|35.89|-5.32
Bilbao|43.26|-2.93
Malaga|36.72|-4.42
Zaragoza|41.65|-0.89
Toledo|39.86|-4.02
Naples|40.85|14.27
Florence|43.77|11.26
Turin|45.07|7.69
Venice|45.44|12.32
Genoa|44.41|8.93
Bologna|44.49|11.34
Palermo|38.12|13.36
Nice|43.70|7.27
Bordeaux|44.84|-0.58
Toulouse|43.60|1.44
Calais|50.95|1.86
Cologne|50.94|6.96
Düsseldorf|51.23|6.77
Stuttgart|48.78|9.18
Bremen|53.08|8.80
Dresden|51.05|13.74
Leipzig|51.34|12.37
Rotterdam|51.92|4.48
Antwerp|51.22|4.40
Eindhoven|51.44|5.47
Zurich|47.38|8.54
Basel|47.56|7.59
Krakow|50.06|19.94
Gdansk|54.35|18.65
Edinburgh|55.95|-3.19
Glasgow|55.86|-4.25
Leeds|53.80|-1.55
Sheffield|53.38|-1.47
Oxford|51.75|-1.26
Cambridge|52.21|0.12
Vancouver|49.28|-123.12
Las Vegas|36.17|-115.14
Atlanta|33.75|-84.39
Dallas|32.78|-96.80
Seattle|47.61|-122.33
Philadelphia|39.95|-75.17
Detroit|42.33|-83.05
Baltimore|39.29|-76.61
New Orleans|29.95|-90.07
Denver|39.74|-104.99
Guantanamo|20.14|-75.21
Kowloon|22.32|114.18
Shuja'iyya|31.50|34.48
Taba|29.49|34.90
Carthage|36.85|10.32
Sennar|13.55|33.63
Qalyub|30.18|31.21
Settat|33.00|-7.62
Kish Island|26.54|53.98
Abu Ghraib|33.29|44.07
Constantinople|41.01|28.98
Al-Aqsa Mosque|31.78|35.24
Masjid al-Haram|21.42|39.83
Kaaba|21.42|39.83
Petra|30.33|35.44
Hollywood|34.10|-118.33
Volgograd|48.71|44.51
Salzburg|47.81|13.06
Aswan High Dam|23.97|32.88
World Trade Center|40.71|-74.01
Buckingham Palace|51.50|-0.14
Westminster|51.50|-0.13
Shebaa|33.35|35.74
Eastern Ghouta|33.55|36.45
Ghouta|33.52|36.40
Qalamoun|33.95|36.60
Al-Ghab Plain|35.60|36.35
Golan Heights|33.00|35.80
Kurdistan Region|36.20|44.40
Anbar|33.30|42.00
Nineveh|36.00|42.50
Diyala|33.90|45.00
Salahuddin|34.50|43.50
Green Zone|33.30|44.38
Al-Jawf (Yemen)|16.50|45.50
Shabwa|14.80|46.90
Abyan|13.70|46.20
Al-Mahrah|17.00|51.50
Socotra|12.47|53.87
Hadramawt|16.00|49.00
Tihama|15.00|43.10
Jufra|29.10|16.00
Fezzan|26.00|14.00
Cyrenaica|29.00|22.00
Dahieh|33.85|35.51
South Lebanon|33.27|35.40
Bekaa|33.80|35.90
Shebaa Farms|33.28|35.75
Gaza Strip|31.42|34.38
West Bank|31.95|35.25
Philadelphi Corridor|31.27|34.25
Netzarim Corridor|31.46|34.42
Rafah crossing|31.25|34.26
Kerem Shalom crossing|31.23|34.28
Galilee|32.85|35.40
Negev|30.85|34.80
Al-Ahsa|25.40|49.60
Sinai|29.50|33.80
Suez Canal|30.60|32.33
Jordan Valley|32.00|35.55
Musandam|26.20|56.25
Kharg Island|29.24|50.31
Qeshm|26.80|55.90
Khuzestan|31.40|49.00
Sistan and Baluchestan|27.50|60.50
Hatay|36.40|36.20
Bosporus|41.12|29.07
Dardanelles|40.20|26.40
Darfur|13.50|24.00
Kordofan|13.00|29.50
Somaliland|9.50|46.00
Puntland|9.00|49.00
Tigray|13.80|39.00
Chechnya|43.40|45.70
Dagestan|42.90|47.00
Crimea|45.30|34.40
Donbas|48.30|38.30
Nagorno-Karabakh|39.85|46.75
Abkhazia|43.10|41.00
South Ossetia|42.30|44.00
Transnistria|47.20|29.40
Northern Cyprus|35.25|33.60
England|52.50|-1.50
Scotland|56.80|-4.20
Northern Ireland|54.60|-6.70
Xinjiang|41.10|85.20
Tibet|31.70|88.10
Balochistan|28.50|65.10
Okinawa|26.50|127.90
Alaska|64.20|-152.50
Hawaii|20.80|-156.30
Kashmir|-|-
Caspian Sea|42.00|50.50
Persian Gulf|26.50|52.00
Red Sea|20.00|38.50
Mediterranean Sea|35.00|18.00
Black Sea|43.40|34.30
Arabian Sea|15.00|65.00
Gulf of Aden|12.50|48.00
Gulf of Oman|24.50|58.50
Strait of Hormuz|26.57|56.25
Bab el-Mandeb|12.58|43.33
Indian Ocean|-|-
Atlantic Ocean|-|-
Pacific Ocean|-|-
Arctic|-|-
South China Sea|12.00|113.00
East China Sea|29.00|125.00
Taiwan Strait|24.20|119.50
Baltic Sea|58.00|20.00
Sea of Azov|46.00|36.50
Aegean Sea|39.00|25.00
Strait of Gibraltar|35.97|-5.50
Horn of Africa|-|-
Sahel|-|-
Middle East|-|-
North Africa|-|-
Levant|-|-
Maghreb|-|-
Arabian Peninsula|-|-
Gulf region|-|-
Balkans|-|-
Caucasus|-|-
Central Asia|-|-
Latin America|-|-
North America|-|-
South America|-|-
Central America|-|-
Africa|-|-
Sub-Saharan Africa|-|-
Europe|-|-
Eastern Europe|-|-
Western Europe|-|-
Asia|-|-
East Asia|-|-
South Asia|-|-
Southeast Asia|-|-
Mesopotamia|-|-
Euphrates|-|-
Tigris|-|-
Nile|-|-
Jordan River|-|-
Litani River|-|-
Blue Line|-|-
Aragon|41.50|-0.70
Andalusia|37.50|-4.70
Catalonia|41.80|1.50
Basque Country|43.00|-2.60
Sicily|37.50|14.10
Sardinia|40.10|9.00
Corsica|42.15|9.10
Normandy|49.10|0.00
Bavaria|48.90|11.40
Wales|52.30|-3.70
Quebec|53.00|-72.00
Ontario|50.00|-85.00
California|37.20|-119.50
Florida|28.60|-82.40
Texas|31.50|-99.30
New Jersey|40.10|-74.60
Colorado|39.00|-105.50
Virginia|37.50|-78.80
Ohio|40.30|-82.80
Michigan|44.30|-85.40
Illinois|40.00|-89.20
Massachusetts|42.30|-71.80
Pennsylvania|40.90|-77.80
Arizona|34.30|-111.70
Nevada|39.30|-116.60
Louisiana|31.00|-92.00
Oregon|43.90|-120.60
Maryland|39.00|-76.80
Connecticut|41.60|-72.70
Minnesota|46.30|-94.30
Wisconsin|44.60|-89.90
Kentucky|37.50|-85.30
Tennessee|35.80|-86.30
Alabama|32.80|-86.80
Missouri|38.40|-92.50
Iowa|42.10|-93.50
Kansas|38.50|-98.40
Utah|39.30|-111.70
North Carolina|35.50|-79.40
South Carolina|33.90|-80.90
Indiana|39.90|-86.30
Oklahoma|35.60|-97.50
Siberia|60.00|100.00
Hunan|27.60|111.70
Java|-7.30|110.00
Sumatra|-0.50|101.50
Bali|-8.40|115.20
Aceh|4.40|96.90
Punjab|-|-
Bengal|-|-
Khorasan|-|-
Hejaz|23.00|39.50
Soviet Union|-|-
Babylon|32.54|44.42
Herzegovina|43.30|17.80
Yugoslavia|-|-
Czechoslovakia|-|-
Ottoman Empire|-|-
Roman Empire|-|-
Sahara|-|-
Castile|-|-
Cape of Good Hope|-34.36|18.47
"""

# iso3|lat|lon|min_lat|min_lon|max_lat|max_lon (the box before BOX_MARGIN)
COUNTRIES = """
AFG|33.00|65.00|29.3|60.4|38.5|75.0
ALB|41.00|20.00|39.6|19.2|42.7|21.1
DZA|28.00|3.00|18.9|-8.7|37.1|12.0
AND|42.55|1.58|42.4|1.4|42.7|1.8
AGO|-12.50|18.50|-18.1|11.6|-4.3|24.1
ATG|17.05|-61.80|16.9|-62.0|17.8|-61.6
ARG|-34.00|-64.00|-55.1|-73.6|-21.7|-53.6
ARM|40.00|45.00|38.8|43.4|41.3|46.7
AUS|-27.00|133.00|-44.0|112.0|-9.0|154.0
AUT|47.33|13.33|46.3|9.5|49.1|17.2
AZE|40.50|47.50|38.3|44.7|42.0|50.4
BHS|24.25|-76.00|20.8|-79.6|27.3|-72.7
BHR|26.03|50.55|25.5|50.3|26.4|50.9
BGD|24.00|90.00|20.6|88.0|26.7|92.7
BRB|13.17|-59.53|13.0|-59.7|13.4|-59.4
BLR|53.00|28.00|51.2|23.1|56.2|32.8
BEL|50.83|4.00|49.4|2.5|51.6|6.4
BLZ|17.25|-88.75|15.8|-89.3|18.5|-87.4
BEN|9.50|2.25|6.1|0.7|12.5|3.9
BTN|27.50|90.50|26.7|88.7|28.4|92.2
BOL|-17.00|-65.00|-22.9|-69.7|-9.6|-57.4
BIH|44.00|18.00|42.5|15.7|45.3|19.7
BWA|-22.00|24.00|-27.0|19.9|-17.7|29.4
BRA|-10.00|-55.00|-34.0|-74.1|5.4|-28.8
BRN|4.50|114.67|4.0|114.0|5.1|115.4
BGR|43.00|25.00|41.2|22.3|44.3|28.7
BFA|13.00|-2.00|9.3|-5.6|15.1|2.5
BDI|-3.50|30.00|-4.5|28.9|-2.3|30.9
CPV|16.00|-24.00|14.7|-25.4|17.3|-22.6
KHM|13.00|105.00|10.4|102.3|14.7|107.7
CMR|6.00|12.00|1.6|8.4|13.1|16.3
CAN|60.00|-95.00|41.6|-141.1|83.2|-52.5
CAF|7.00|21.00|2.2|14.4|11.1|27.5
TCD|15.00|19.00|7.4|13.4|23.5|24.1
CHL|-30.00|-71.00|-56.0|-109.5|-17.4|-66.4
CHN|35.00|105.00|18.1|73.5|53.6|134.8
COL|4.00|-72.00|-4.3|-81.8|13.4|-66.8
COM|-12.17|44.25|-12.5|43.2|-11.3|44.6
COG|-1.00|15.00|-5.1|11.1|3.8|18.7
COD|0.00|25.00|-13.5|12.2|5.4|31.4
CRI|10.00|-84.00|5.4|-87.2|11.3|-82.5
CIV|8.00|-5.00|4.3|-8.7|10.8|-2.4
HRV|45.17|15.50|42.3|13.4|46.6|19.5
CUB|21.50|-80.00|19.8|-85.0|23.3|-74.1
CYP|35.00|33.00|34.5|32.2|35.8|34.7
CZE|49.75|15.50|48.5|12.0|51.1|18.9
DNK|56.00|10.00|54.5|8.0|57.8|15.3
DJI|11.50|43.00|10.9|41.7|12.8|43.5
DMA|15.42|-61.33|15.2|-61.5|15.7|-61.2
DOM|19.00|-70.67|17.5|-72.1|20.0|-68.3
ECU|-2.00|-77.50|-5.1|-92.1|1.7|-75.1
EGY|27.00|30.00|21.5|24.6|31.8|37.0
SLV|13.83|-88.92|13.1|-90.2|14.5|-87.6
GNQ|2.00|10.00|-1.5|5.6|3.8|11.4
ERI|15.00|39.00|12.3|36.4|18.1|43.2
EST|59.00|26.00|57.5|21.7|59.7|28.3
SWZ|-26.50|31.50|-27.4|30.7|-25.7|32.2
ETH|8.00|38.00|3.4|32.9|14.9|48.0
FJI|-17.80|178.00|-21.1|176.8|-12.4|-178.2
FIN|64.00|26.00|59.7|20.5|70.1|31.6
FRA|46.00|2.00|41.3|-5.2|51.1|9.6
GAB|-1.00|11.75|-4.0|8.6|2.4|14.5
GMB|13.47|-16.57|13.0|-16.9|13.9|-13.8
GEO|42.00|43.50|41.0|40.0|43.6|46.8
DEU|51.00|9.00|47.2|5.8|55.1|15.1
GHA|8.00|-2.00|4.7|-3.3|11.2|1.2
GRC|39.00|22.00|34.8|19.3|41.8|29.7
GRD|12.12|-61.67|11.9|-61.9|12.6|-61.3
GTM|15.50|-90.25|13.7|-92.3|17.9|-88.2
GIN|11.00|-10.00|7.1|-15.1|12.7|-7.6
GNB|12.00|-15.00|10.8|-16.8|12.7|-13.6
GUY|5.00|-59.00|1.1|-61.5|8.6|-56.4
HTI|19.00|-72.42|17.9|-74.5|20.1|-71.6
HND|15.00|-86.50|12.9|-89.4|17.5|-82.4
HUN|47.00|20.00|45.7|16.1|48.6|22.9
ISL|65.00|-18.00|63.2|-24.6|66.6|-13.4
IND|20.00|77.00|6.7|68.1|37.1|97.4
IDN|-5.00|120.00|-11.1|95.0|6.1|141.1
IRN|32.00|53.00|25.0|44.0|39.8|63.4
IRQ|33.00|44.00|29.0|38.8|37.4|48.6
IRL|53.00|-8.00|51.4|-10.7|55.4|-5.9
ISR|31.50|34.75|29.4|34.2|33.4|35.9
ITA|42.83|12.83|35.4|6.6|47.1|18.6
JAM|18.25|-77.50|17.7|-78.4|18.6|-76.2
JPN|36.00|138.00|20.0|122.0|46.0|154.0
JOR|31.00|36.00|29.1|34.9|33.4|39.3
KAZ|48.00|68.00|40.5|46.4|55.5|87.4
KEN|1.00|38.00|-4.8|33.9|5.1|42.0
KIR|1.42|173.00|-11.5|169.5|4.8|-150.2
KWT|29.50|47.75|28.5|46.5|30.2|48.5
KGZ|41.00|75.00|39.2|69.2|43.3|80.3
LAO|18.00|105.00|13.9|100.0|22.5|107.7
LVA|57.00|25.00|55.6|20.9|58.1|28.3
LBN|33.83|35.83|33.0|35.1|34.7|36.7
LSO|-29.50|28.50|-30.7|27.0|-28.5|29.5
LBR|6.50|-9.50|4.3|-11.5|8.6|-7.3
LBY|25.00|17.00|19.5|9.3|33.2|25.2
LIE|47.17|9.53|47.0|9.4|47.3|9.7
LTU|56.00|24.00|53.8|20.9|56.5|26.9
LUX|49.75|6.17|49.4|5.7|50.2|6.6
MDG|-20.00|47.00|-25.7|43.1|-11.9|50.6
MWI|-13.50|34.00|-17.2|32.6|-9.3|36.0
MYS|2.50|112.50|0.8|99.6|7.4|119.3
MDV|3.25|73.00|-0.8|72.6|7.2|73.8
MLI|17.00|-4.00|10.1|-12.3|25.1|4.3
MLT|35.83|14.58|35.7|14.1|36.2|14.7
MHL|9.00|168.00|4.5|160.7|14.7|172.2
MRT|20.00|-12.00|14.6|-17.2|27.4|-4.8
MUS|-20.28|57.55|-20.6|56.5|-10.3|63.6
MEX|23.00|-102.00|14.5|-118.5|32.8|-86.7
FSM|6.92|158.25|0.9|137.3|10.1|163.1
MDA|47.00|29.00|45.4|26.6|48.5|30.2
MCO|43.73|7.42|43.7|7.3|43.8|7.5
MNG|46.00|105.00|41.5|87.7|52.2|120.0
MNE|42.50|19.30|41.8|18.4|43.6|20.4
MAR|32.00|-5.00|27.6|-13.2|36.0|-1.0
MOZ|-18.25|35.00|-26.9|30.2|-10.4|40.9
MMR|22.00|98.00|9.6|92.1|28.6|101.2
NAM|-22.00|17.00|-29.0|11.7|-16.9|25.3
NRU|-0.53|166.92|-0.6|166.8|-0.5|167.0
NPL|28.00|84.00|26.3|80.0|30.5|88.2
NLD|52.50|5.75|50.7|3.3|53.6|7.3
NZL|-41.00|174.00|-47.4|166.3|-34.3|178.6
NIC|13.00|-85.00|10.7|-87.7|15.1|-82.6
NER|16.00|8.00|11.6|0.1|23.6|16.0
NGA|10.00|8.00|4.2|2.6|13.9|14.7
PRK|40.00|127.00|37.6|124.1|43.1|130.8
MKD|41.83|22.00|40.8|20.4|42.4|23.1
NOR|62.00|10.00|57.9|4.5|81.0|33.7
OMN|21.00|57.00|16.6|51.9|26.5|59.9
PAK|30.00|70.00|23.6|60.8|37.1|77.9
PLW|7.50|134.50|2.8|131.1|8.2|134.8
PAN|9.00|-80.00|7.1|-83.1|9.7|-77.1
PNG|-6.00|147.00|-11.7|140.8|-0.8|156.0
PRY|-23.00|-58.00|-27.7|-62.7|-19.2|-54.2
PER|-10.00|-76.00|-18.4|-81.4|0.0|-68.6
PHL|13.00|122.00|4.5|116.9|21.2|126.7
POL|52.00|20.00|49.0|14.1|54.9|24.2
PRT|39.50|-8.00|30.0|-31.3|42.2|-6.1
QAT|25.50|51.25|24.4|50.7|26.2|51.7
KOR|37.00|127.50|33.1|124.6|38.7|131.9
ROU|46.00|25.00|43.6|20.2|48.3|29.8
RUS|60.00|100.00|41.1|19.6|81.9|-169.0
RWA|-2.00|30.00|-2.9|28.8|-1.0|31.0
KNA|17.33|-62.75|17.0|-62.9|17.5|-62.5
LCA|13.88|-60.97|13.7|-61.1|14.1|-60.8
VCT|13.25|-61.20|12.5|-61.5|13.4|-61.1
WSM|-13.58|-172.33|-14.1|-172.8|-13.4|-171.4
SMR|43.94|12.46|43.8|12.3|44.0|12.6
STP|1.00|7.00|-0.1|6.4|1.8|7.5
SAU|25.00|45.00|16.3|34.5|32.2|55.7
SEN|14.00|-14.00|12.3|-17.6|16.7|-11.3
SRB|44.00|21.00|42.2|18.8|46.2|23.0
SYC|-4.58|55.67|-10.3|45.9|-3.7|56.3
SLE|8.50|-11.50|6.9|-13.4|10.0|-10.3
SGP|1.37|103.80|1.1|103.6|1.5|104.1
SVK|48.67|19.50|47.7|16.8|49.6|22.6
SVN|46.12|14.82|45.4|13.4|46.9|16.6
SLB|-8.00|159.00|-12.4|155.5|-5.0|170.2
SOM|6.00|46.00|-1.7|41.0|12.0|51.5
ZAF|-29.00|24.00|-47.0|16.4|-22.1|38.0
SSD|7.50|30.00|3.4|24.1|12.3|36.0
ESP|40.00|-4.00|27.6|-18.2|43.8|4.4
LKA|7.00|81.00|5.9|79.5|9.9|81.9
SDN|15.00|30.00|8.6|21.8|22.3|38.6
SUR|4.00|-56.00|1.8|-58.1|6.1|-53.9
SWE|62.00|15.00|55.3|10.9|69.1|24.2
CHE|47.00|8.00|45.8|5.9|47.9|10.5
SYR|35.00|38.00|32.3|35.5|37.4|42.4
TJK|39.00|71.00|36.6|67.3|41.1|75.2
TZA|-6.00|35.00|-11.8|29.3|-0.9|40.5
THA|15.00|100.00|5.6|97.3|20.5|105.7
TLS|-8.83|125.92|-9.6|124.0|-8.1|127.4
TGO|8.00|1.17|6.1|-0.2|11.2|1.9
TON|-20.00|-175.00|-22.4|-176.3|-15.5|-173.7
TTO|11.00|-61.00|10.0|-62.0|11.4|-60.5
TUN|34.00|9.00|30.2|7.5|37.6|11.7
TUR|39.00|35.00|35.8|25.6|42.2|44.9
TKM|40.00|60.00|35.1|52.4|42.8|66.7
TUV|-8.00|178.00|-10.9|176.0|-5.6|180.0
UGA|1.00|32.00|-1.5|29.5|4.3|35.1
UKR|49.00|32.00|44.3|22.1|52.4|40.3
ARE|24.00|54.00|22.6|51.5|26.1|56.4
GBR|54.00|-2.00|49.9|-8.7|60.9|1.8
USA|38.00|-97.00|18.9|-180.0|71.4|-66.9
URY|-33.00|-56.00|-35.0|-58.5|-30.1|-53.1
UZB|41.00|64.00|37.2|56.0|45.6|73.2
VUT|-16.00|167.00|-20.3|166.5|-13.1|170.3
VEN|8.00|-66.00|0.6|-73.4|15.7|-59.8
VNM|16.17|107.83|8.4|102.1|23.4|109.5
YEM|15.00|48.00|12.1|42.5|19.0|54.6
ZMB|-15.00|30.00|-18.1|21.9|-8.2|33.7
ZWE|-20.00|30.00|-22.5|25.2|-15.6|33.1
PSE|31.90|35.20|31.2|34.2|32.6|35.6
VAT|41.90|12.45|41.9|12.4|41.9|12.5
XKX|42.58|21.00|41.8|20.0|43.3|21.8
TWN|23.70|121.00|21.8|118.1|26.4|122.1
ESH|24.50|-13.00|20.7|-17.2|27.7|-8.6
HKG|22.25|114.17|22.1|113.8|22.6|114.5
MAC|22.17|113.55|22.1|113.5|22.3|113.7
PRI|18.25|-66.50|17.8|-67.3|18.6|-65.2
GRL|72.00|-40.00|59.7|-73.3|83.7|-11.3
FRO|62.00|-7.00|61.3|-7.8|62.5|-6.2
GIB|36.13|-5.35|36.1|-5.4|36.2|-5.3
FLK|-51.75|-59.17|-52.5|-61.4|-50.9|-57.6
BMU|32.33|-64.75|32.2|-65.0|32.5|-64.6
CYM|19.50|-80.50|19.2|-81.5|19.8|-79.7
GUM|13.47|144.78|13.2|144.6|13.7|145.0
ASM|-14.33|-170.00|-14.6|-171.2|-11.0|-168.1
VIR|18.34|-64.93|17.6|-65.1|18.5|-64.5
VGB|18.50|-64.50|18.3|-64.9|18.8|-64.2
ABW|12.50|-69.97|12.4|-70.1|12.7|-69.8
CUW|12.17|-69.00|12.0|-69.2|12.4|-68.7
SXM|18.04|-63.07|18.0|-63.2|18.1|-62.9
NCL|-21.50|165.50|-23.0|158.0|-18.0|172.1
PYF|-15.00|-140.00|-27.7|-154.8|-7.8|-134.4
REU|-21.10|55.60|-21.5|55.2|-20.8|55.9
MYT|-12.83|45.17|-13.1|44.9|-12.6|45.4
MTQ|14.67|-61.00|14.3|-61.3|14.9|-60.8
GLP|16.25|-61.58|15.8|-61.9|16.6|-61.0
GUF|4.00|-53.00|2.1|-54.7|5.8|-51.6
IMN|54.23|-4.55|54.0|-4.9|54.5|-4.3
JEY|49.21|-2.13|49.1|-2.3|49.3|-2.0
GGY|49.45|-2.58|49.4|-2.7|49.8|-2.1
COK|-21.23|-159.77|-22.0|-166.0|-8.9|-157.3
NIU|-19.03|-169.87|-19.2|-170.0|-18.9|-169.7
MNP|15.20|145.75|14.1|144.9|20.6|146.1
SHN|-15.95|-5.70|-40.4|-14.5|-7.9|-5.6
TCA|21.75|-71.58|21.1|-72.5|22.0|-71.0
AIA|18.22|-63.05|18.1|-63.5|18.6|-62.9
MSR|16.75|-62.20|16.6|-62.3|16.9|-62.1
KUR|-|-|-|-|-|-
"""


def _num(s: str) -> float | None:
    return None if s == "-" else round(float(s), 2)


def _table(text: str) -> dict[str, list[str]]:
    rows = {}
    for line in text.strip().splitlines():
        key, *values = line.split("|")
        if key in rows:
            raise SystemExit(f"{key}: listed twice")
        rows[key] = values
    return rows


def _box(values: list[str]) -> list[float] | None:
    if values[0] == "-":
        return None
    lo_lat, lo_lon, hi_lat, hi_lon = (float(v) for v in values)

    def lon(x: float) -> float:  # (a box past ±180 comes round the other side)
        return round((x + 180) % 360 - 180, 1) if abs(x) > 180 else round(x, 1)

    return [round(max(-90.0, lo_lat - BOX_MARGIN), 1), lon(lo_lon - BOX_MARGIN),
            round(min(90.0, hi_lat + BOX_MARGIN), 1), lon(hi_lon + BOX_MARGIN)]


def _write(path: Path, data: dict) -> None:
    head = ",\n".join(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                      for k, v in data.items() if k != "entries")
    entries = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in data["entries"])
    path.write_text("{\n" + head + ',\n  "entries": [\n' + entries + "\n  ]\n}\n",
                    encoding="utf-8")


def main() -> None:
    cities, countries = _table(CITIES), _table(COUNTRIES)
    for fname, table, key, extra in (("cities.json", cities, "name", False),
                                     ("countries.json", countries, "iso3", True)):
        path = DATA / fname
        data = json.loads(path.read_text(encoding="utf-8"))
        seen = set()
        for e in data["entries"]:
            values = table.get(e[key])
            if values is None:
                raise SystemExit(f"{fname}: {e[key]} has no row in the table")
            seen.add(e[key])
            e["lat"], e["lon"] = _num(values[0]), _num(values[1])
            if extra:
                e["bbox"] = _box(values[2:6])
        if set(table) - seen:
            raise SystemExit(f"{fname}: rows for no entry: {sorted(set(table) - seen)}")
        _write(path, data)
        nulls = sum(e["lat"] is None for e in data["entries"])
        print(f"{fname}: {len(data['entries'])} entries, {nulls} without coordinates")


if __name__ == "__main__":
    main()
