<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL" sourcelanguage="en_US">
<context>
    <name>AdjustImport</name>
    <message>
        <source>A quoted field starts here but is never closed, so this line and the rest of the file could not be read.</source>
        <translation>כאן מתחיל שדה במירכאות שלא נסגר, ולכן לא ניתן היה לקרוא את השורה הזו ואת שאר הקובץ.</translation>
    </message>
    <message numerus="yes">
        <source>Expected at least 3 columns (SKU, warehouse, amount), found %n.</source>
        <translation>
            <numerusform>נדרשות לפחות 3 עמודות (מק״ט, מחסן, שינוי), אבל נמצאה עמודה אחת.</numerusform>
            <numerusform>נדרשות לפחות 3 עמודות (מק״ט, מחסן, שינוי), אבל נמצאו ⁨%n⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected at most 5 columns (SKU, warehouse, amount, reason, notes), found %n.</source>
        <translation>
            <numerusform>מותרות לכל היותר 5 עמודות (מק״ט, מחסן, שינוי, סיבה, הערות), אבל נמצאה עמודה אחת.</numerusform>
            <numerusform>מותרות לכל היותר 5 עמודות (מק״ט, מחסן, שינוי, סיבה, הערות), אבל נמצאו ⁨%n⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SKU (first column) is empty.</source>
        <translation>המק״ט (העמודה הראשונה) ריק.</translation>
    </message>
    <message>
        <source>The warehouse (second column) is empty.</source>
        <translation>המחסן (העמודה השנייה) ריק.</translation>
    </message>
    <message>
        <source>This line holds bytes that are not text in the file&apos;s encoding. Choose another encoding when importing, or save the file as “CSV UTF-8” and import it again.</source>
        <translation>השורה הזו מכילה תווים שאינם טקסט בקידוד של הקובץ. אפשר לבחור קידוד אחר בחלון הייבוא, או לשמור את הקובץ בתבנית &quot;⁨CSV UTF-8⁩&quot; ולייבא אותו שוב.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request succeeded.</source>
        <translation>הבקשה הצליחה.</translation>
    </message>
    <message>
        <source>Could not reach Glance. Check the internet connection and try again.</source>
        <translation>אין תקשורת עם Glance. יש לבדוק את החיבור לאינטרנט ולנסות שוב.</translation>
    </message>
    <message>
        <source>Glance did not answer in time. Check the internet connection and try again.</source>
        <translation>התשובה מ־Glance לא הגיעה בזמן. יש לבדוק את החיבור לאינטרנט ולנסות שוב.</translation>
    </message>
    <message>
        <source>The secure connection to Glance could not be verified, so nothing was sent. Check the computer&apos;s date and time, or ask whoever runs the network whether something intercepts secure connections.</source>
        <translation>לא ניתן היה לאמת את החיבור המאובטח ל־Glance, ולכן לא נשלח דבר. יש לבדוק את התאריך והשעה במחשב, או לברר עם מי שמנהל את הרשת אם משהו מיירט חיבורים מאובטחים.</translation>
    </message>
    <message>
        <source>Glance sent an answer this app could not read. Try again; if it keeps happening, the app may need an update.</source>
        <translation>התקבלה מ־Glance תשובה שהתוכנה לא הצליחה לקרוא. אפשר לנסות שוב; אם זה חוזר, ייתכן שצריך לעדכן את התוכנה.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>הבקשה בוטלה.</translation>
    </message>
    <message>
        <source>The change was sent but the answer was lost; it may or may not have been applied. Check the records before sending it again.</source>
        <translation>השינוי נשלח אבל התשובה אבדה, ולכן לא ידוע אם הוא בוצע. יש לבדוק את הרשומות לפני ששולחים אותו שוב.</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that the API key is never sent unencrypted. Check the server address under Advanced in the sign-in window (Account → Add an account…).</source>
        <translation>כתובת השרת חייבת להתחיל ב־⁨https://⁩ כדי שמפתח ה־API לעולם לא יישלח בלי הצפנה. יש לבדוק את כתובת השרת תחת &quot;מתקדם&quot; בחלון ההתחברות (&quot;חשבון ← הוספת חשבון…&quot;).</translation>
    </message>
    <message>
        <source>Glance sent the request on to another address, so it was stopped to keep the API key safe. Check the server address under Advanced in the sign-in window (Account → Add an account…).</source>
        <translation>הבקשה הופנתה על ידי Glance לכתובת אחרת, ולכן נעצרה כדי לשמור על מפתח ה־API. יש לבדוק את כתובת השרת תחת &quot;מתקדם&quot; בחלון ההתחברות (&quot;חשבון ← הוספת חשבון…&quot;).</translation>
    </message>
    <message>
        <source>Sign in with an API key and a valid server address (Account → Add an account…; the address is under Advanced).</source>
        <translation>יש להתחבר עם מפתח API וכתובת שרת תקינה (&quot;חשבון ← הוספת חשבון…&quot;; הכתובת נמצאת תחת &quot;מתקדם&quot;).</translation>
    </message>
    <message>
        <source>The request failed (%1). Try again.</source>
        <translation>הבקשה נכשלה (⁨%1⁩). אפשר לנסות שוב.</translation>
    </message>
    <message>
        <source>%1 Glance said: %2</source>
        <extracomment>%1 is a complete sentence, %2 the server&apos;s own message in quotes</extracomment>
        <translation>⁨%1⁩ הודעת Glance: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Too many requests were sent to Glance in a short time. Try again now.</source>
        <translation>נשלחו ל־Glance יותר מדי בקשות בזמן קצר. אפשר לנסות שוב עכשיו.</translation>
    </message>
    <message>
        <source>Too many requests were sent to Glance in a short time. Try again after %1.</source>
        <translation>נשלחו ל־Glance יותר מדי בקשות בזמן קצר. אפשר לנסות שוב אחרי ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Too many requests were sent to Glance in a short time. Wait a minute and try again.</source>
        <translation>נשלחו ל־Glance יותר מדי בקשות בזמן קצר. יש להמתין דקה ולנסות שוב.</translation>
    </message>
    <message>
        <source>Glance did not accept the request: %1</source>
        <translation>הבקשה לא התקבלה ב־Glance: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Glance did not accept the request. Check the values and try again.</source>
        <translation>הבקשה לא התקבלה ב־Glance. יש לבדוק את הערכים ולנסות שוב.</translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that it was not revoked in Glance, or sign in again with a valid key (Account → Add an account…).</source>
        <translation>מפתח ה־API לא התקבל. יש לבדוק שהמפתח לא בוטל ב־Glance, או להתחבר מחדש עם מפתח תקין (&quot;חשבון ← הוספת חשבון…&quot;).</translation>
    </message>
    <message>
        <source>This API key is read-only or may not do this. Ask the account owner for an editor key.</source>
        <translation>למפתח ה־API הזה יש הרשאת קריאה בלבד, או שאין לו הרשאה לפעולה הזו. יש לבקש מבעל החשבון מפתח עם הרשאת עורך.</translation>
    </message>
    <message>
        <source>Glance could not find this record; it may have been deleted. Refresh the list and try again.</source>
        <translation>הרשומה לא נמצאה ב־Glance; ייתכן שנמחקה. יש לרענן את הרשימה ולנסות שוב.</translation>
    </message>
    <message>
        <source>This conflicts with a record already in Glance, or the record was changed meanwhile. Refresh the list and try again.</source>
        <translation>הפעולה מתנגשת ברשומה שכבר קיימת ב־Glance, או שהרשומה שונתה בינתיים. יש לרענן את הרשימה ולנסות שוב.</translation>
    </message>
    <message>
        <source>Glance is having trouble right now (error %1). Try again in a few minutes.</source>
        <translation>יש כרגע תקלה ב־Glance (שגיאה ⁨%1⁩). אפשר לנסות שוב בעוד כמה דקות.</translation>
    </message>
    <message>
        <source>Glance refused the request (error %1).</source>
        <translation>הבקשה נדחתה על ידי Glance (שגיאה ⁨%1⁩).</translation>
    </message>
    <message>
        <source>Glance answered with an unexpected redirect (error %1). Check the server address under Advanced in the sign-in window (Account → Add an account…).</source>
        <translation>התקבלה מ־Glance הפניה לא צפויה (שגיאה ⁨%1⁩). יש לבדוק את כתובת השרת תחת &quot;מתקדם&quot; בחלון ההתחברות (&quot;חשבון ← הוספת חשבון…&quot;).</translation>
    </message>
    <message>
        <source>Glance answered in an unexpected way (status %1). Try again later.</source>
        <translation>התקבלה מ־Glance תשובה לא צפויה (סטטוס ⁨%1⁩). אפשר לנסות שוב מאוחר יותר.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent to Glance in a short time. Try again in %Ln seconds.</source>
        <extracomment>%n is a number of seconds, at least 2</extracomment>
        <translation>
            <numerusform>נשלחו ל־Glance יותר מדי בקשות בזמן קצר. אפשר לנסות שוב בעוד שנייה.</numerusform>
            <numerusform>נשלחו ל־Glance יותר מדי בקשות בזמן קצר. אפשר לנסות שוב בעוד ⁨%Ln⁩ שניות.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyFormat</name>
    <message>
        <source>Enter the API key. You find it in Glance under Settings → API keys.</source>
        <translation>יש להזין את מפתח ה־API. הוא נמצא ב־Glance תחת &quot;הגדרות ← מפתחות API&quot;.</translation>
    </message>
    <message>
        <source>This is not an API key: it contains spaces or line breaks. Copy the key again from Glance (Settings → API keys) and paste only the key.</source>
        <translation>זה לא מפתח API: יש בו רווחים או מעברי שורה. יש להעתיק שוב את המפתח מ־Glance (&quot;הגדרות ← מפתחות API&quot;) ולהדביק רק אותו.</translation>
    </message>
    <message>
        <source>This is not an API key: it contains characters an API key never has. Copy the key again from Glance (Settings → API keys) and paste only the key.</source>
        <translation>זה לא מפתח API: יש בו תווים שאף פעם לא מופיעים במפתח API. יש להעתיק שוב את המפתח מ־Glance (&quot;הגדרות ← מפתחות API&quot;) ולהדביק רק אותו.</translation>
    </message>
</context>
<context>
    <name>BatchAdjustWindow</name>
    <message>
        <source>Batch Adjustment</source>
        <translation>התאמת מלאי מרוכזת</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;כותרת:</translation>
    </message>
    <message>
        <source>e.g. Delivery from the supplier</source>
        <translation>למשל: משלוח מהספק</translation>
    </message>
    <message>
        <source>New rows &amp;go to:</source>
        <translation>שורות חדשות ל&amp;מחסן:</translation>
    </message>
    <message>
        <source>&amp;Scan or search:</source>
        <translation>&amp;סריקה או חיפוש:</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU and press Enter (adds a row or 1 more), or search by name</source>
        <translation>אפשר לסרוק ברקוד או להקליד מק״ט ולהקיש Enter (נוספת שורה, או עוד יחידה אחת), או לחפש לפי שם</translation>
    </message>
    <message>
        <source>Rows to adjust</source>
        <translation>שורות להתאמה</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;הוספת שורה</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>&amp;מחיקת שורות</translation>
    </message>
    <message>
        <source>&amp;Paste Rows</source>
        <translation>ה&amp;דבקת שורות</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: SKU, warehouse, amount, reason, notes</source>
        <translation>הדבקת שורות שהועתקו מגיליון אלקטרוני: מק״ט, מחסן, שינוי, סיבה, הערות</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;ייבוא CSV…</translation>
    </message>
    <message>
        <source>Import rows from a CSV file: SKU, warehouse, amount, reason, notes</source>
        <translation>ייבוא שורות מקובץ CSV: מק״ט, מחסן, שינוי, סיבה, הערות</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation>&amp;איחוד כפילויות</translation>
    </message>
    <message>
        <source>Combine rows of the same product and warehouse</source>
        <translation>איחוד שורות של אותו מוצר ואותו מחסן</translation>
    </message>
    <message>
        <source>&amp;Refresh Quantities</source>
        <translation>&amp;רענון כמויות</translation>
    </message>
    <message>
        <source>R&amp;easons…</source>
        <translation>&amp;סיבות…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;שליחה</translation>
    </message>
    <message>
        <source>Check the rows and send them to Glance</source>
        <translation>בדיקת השורות ושליחתן ל־Glance</translation>
    </message>
</context>
<context>
    <name>BatchRowCheck</name>
    <message>
        <source>Enter a SKU or pick a product.</source>
        <translation>יש להזין מק״ט או לבחור מוצר.</translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>אין מוצר עם המק״ט &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>The SKU “%1” could not be looked up. Check the connection; it is looked up again when you edit the row.</source>
        <translation>לא ניתן היה לחפש את המק״ט &quot;⁨%1⁩&quot;. יש לבדוק את החיבור; החיפוש יחזור כשעורכים את השורה.</translation>
    </message>
    <message>
        <source>Looking up the SKU “%1”…</source>
        <translation>מחפשים את המק״ט &quot;⁨%1⁩&quot;…</translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation>יש לבחור מחסן.</translation>
    </message>
    <message>
        <source>There is no warehouse “%1”. Choose one from the list or enter its id.</source>
        <translation>אין מחסן &quot;⁨%1⁩&quot;. יש לבחור מחסן מהרשימה או להזין את המזהה שלו.</translation>
    </message>
    <message>
        <source>Enter an amount other than 0: how many to add (%1) or remove (%2).</source>
        <extracomment>%1 and %2 are examples: 5 and −5</extracomment>
        <translation>יש להזין שינוי שאינו 0: כמה להוסיף (⁨%1⁩) או להוריד (⁨%2⁩).</translation>
    </message>
    <message>
        <source>“%1” usually removes stock, but this row adds %2.</source>
        <translation>הסיבה &quot;⁨%1⁩&quot; מורידה בדרך כלל מלאי, אבל השורה הזו מוסיפה ⁨%2⁩.</translation>
    </message>
    <message>
        <source>“%1” usually adds stock, but this row removes %2.</source>
        <translation>הסיבה &quot;⁨%1⁩&quot; מוסיפה בדרך כלל מלאי, אבל השורה הזו מורידה ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Same product and warehouse as row %1. Merge the duplicates, or keep both: they are applied one after the other.</source>
        <translation>אותו מוצר ואותו מחסן כמו בשורה ⁨%1⁩. אפשר לאחד את הכפילויות, או להשאיר את שתיהן: הן יבוצעו זו אחר זו.</translation>
    </message>
    <message>
        <source>This would leave %1 in stock. Glance refuses the whole batch when a quantity would go below zero.</source>
        <translation>אחרי השינוי תישאר יתרה של ⁨%1⁩. אם יתרה כלשהי יורדת מתחת לאפס, Glance דוחה את כל ההתאמה המרוכזת.</translation>
    </message>
</context>
<context>
    <name>CountImport</name>
    <message>
        <source>The quantity %1 is not a whole number of 0 or more.</source>
        <translation>הכמות ⁨%1⁩ אינה מספר שלם של 0 ומעלה.</translation>
    </message>
    <message>
        <source>No product with SKU %1 in this stocktake.</source>
        <translation>אין בספירה הזאת מוצר עם מק״ט ⁨%1⁩.</translation>
    </message>
    <message>
        <source>SKU %1 is also on line %2: the counts are added up.</source>
        <extracomment>%1 a SKU, %2 a line number</extracomment>
        <translation>מק״ט ⁨%1⁩ מופיע גם בשורה ⁨%2⁩: הכמויות מחוברות.</translation>
    </message>
</context>
<context>
    <name>CountingWindow</name>
    <message>
        <source>Stocktake</source>
        <translation>ספירת מלאי</translation>
    </message>
    <message>
        <source>Fetching the quantities in the system</source>
        <translation>טעינת היתרות במערכת</translation>
    </message>
    <message>
        <source>&amp;Fetch Again</source>
        <translation>&amp;טעינה חוזרת</translation>
    </message>
    <message>
        <source>Fetch the quantities again</source>
        <translation>טעינה חוזרת של היתרות</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;סריקה:</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>סריקה</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU and press Enter. Type a number and * first to count that many (12*).</source>
        <translation>יש לסרוק ברקוד או להקליד מק״ט ולהקיש Enter. כדי לספור כמה יחידות יחד אפשר להקליד קודם מספר וכוכבית (12*).</translation>
    </message>
    <message>
        <source>Quantity of the next scan</source>
        <translation>הכמות של הסריקה הבאה</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>הסריקה האחרונה</translation>
    </message>
    <message>
        <source>Last scanned product</source>
        <translation>המוצר האחרון שנסרק</translation>
    </message>
    <message>
        <source>Its count</source>
        <translation>הכמות שנספרה ממנו</translation>
    </message>
    <message>
        <source>What happened to the last scan</source>
        <translation>מה קרה בסריקה האחרונה</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>ספירות</translation>
    </message>
    <message>
        <source>Unknown codes</source>
        <translation>קודים לא מוכרים</translation>
    </message>
    <message>
        <source>&amp;Assign to the Selected Product</source>
        <translation>&amp;שיוך למוצר שנבחר</translation>
    </message>
    <message>
        <source>Assign the code to the selected product</source>
        <translation>שיוך הקוד למוצר שנבחר</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;הסרה</translation>
    </message>
    <message>
        <source>Drop the unknown code</source>
        <translation>הסרת הקוד הלא מוכר</translation>
    </message>
    <message>
        <source>&amp;Undo Last Scan</source>
        <translation>ביטול ה&amp;סריקה האחרונה</translation>
    </message>
    <message>
        <source>Undo the last scan</source>
        <translation>ביטול הסריקה האחרונה</translation>
    </message>
    <message>
        <source>&amp;Import Counts (CSV)…</source>
        <translation>&amp;ייבוא ספירה (CSV)…</translation>
    </message>
    <message>
        <source>Import counts from a CSV file</source>
        <translation>ייבוא ספירה מקובץ CSV</translation>
    </message>
    <message>
        <source>&amp;Print Count Sheets…</source>
        <translation>ה&amp;דפסת דפי ספירה…</translation>
    </message>
    <message>
        <source>Save the count sheets as PDF</source>
        <translation>שמירת דפי הספירה כ־PDF</translation>
    </message>
    <message>
        <source>Fi&amp;nish Counting</source>
        <translation>סי&amp;ום הספירה</translation>
    </message>
    <message>
        <source>Finish counting</source>
        <translation>סיום הספירה</translation>
    </message>
    <message>
        <source>&amp;Review Differences</source>
        <translation>&amp;בדיקת הפרשים</translation>
    </message>
    <message>
        <source>Review the differences</source>
        <translation>בדיקת ההפרשים</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Ask for the &amp;quantity after each scan</source>
        <translation>לשאול על ה&amp;כמות אחרי כל סריקה</translation>
    </message>
    <message>
        <source>Ask for the quantity after each scan</source>
        <translation>לשאול על הכמות אחרי כל סריקה</translation>
    </message>
    <message>
        <source>Scan, then type how many and press Enter. Esc skips the scanned code.</source>
        <translation>יש לסרוק, להקליד את מספר היחידות ולהקיש Enter. מקש Esc מדלג על הקוד שנסרק.</translation>
    </message>
    <message>
        <source>&amp;Look Up a Product:</source>
        <translation>&amp;איתור מוצר:</translation>
    </message>
    <message>
        <source>Look up a product</source>
        <translation>איתור מוצר</translation>
    </message>
    <message>
        <source>Shows only the lines whose SKU, name or location contains this text, for example to find the product an unknown code belongs to. Enter goes back to scanning.</source>
        <translation>מציג רק את השורות שהמק״ט, השם או המיקום שלהן מכילים את הטקסט הזה, למשל כדי למצוא את המוצר שקוד לא מוכר שייך אליו. מקש Enter מחזיר לסריקה.</translation>
    </message>
    <message>
        <source>C&amp;ounting at:</source>
        <translation>&amp;מיקום הספירה:</translation>
    </message>
    <message>
        <source>Location being counted</source>
        <translation>המיקום שסופרים בו</translation>
    </message>
    <message>
        <source>Where you are counting: scans are counted at this location and the table shows its lines. Scanning a location&apos;s label chooses it too.</source>
        <translation>איפה סופרים: הסריקות נספרות במיקום הזה והטבלה מציגה את השורות שלו. אפשר גם לסרוק את התווית של המיקום.</translation>
    </message>
    <message>
        <source>Lines counted at this location</source>
        <translation>שורות שנספרו במיקום הזה</translation>
    </message>
</context>
<context>
    <name>CreateRecordDialog</name>
    <message>
        <source>New Inventory Record</source>
        <translation>רשומת מלאי חדשה</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;מוצר:</translation>
    </message>
    <message>
        <source>Type a name or SKU; Enter on an exact SKU chooses it</source>
        <translation>אפשר להקליד שם או מק״ט; Enter על מק״ט מדויק בוחר בו</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>מ&amp;חסן:</translation>
    </message>
    <message>
        <source>Starting &amp;quantity:</source>
        <translation>&amp;כמות התחלתית:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>מי&amp;קום:</translation>
    </message>
    <message>
        <source>Shelf, bin or aisle (optional)</source>
        <translation>מדף, תא או מעבר (לא חובה)</translation>
    </message>
    <message>
        <source>&amp;Edit That Record Instead</source>
        <translation>&amp;עריכת הרשומה הקיימת</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import Rows from CSV</source>
        <translation>ייבוא שורות מ־CSV</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;קידוד:</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>הקידוד של הקובץ</translation>
    </message>
    <message>
        <source>If the preview shows the wrong letters, choose another encoding: Excel&apos;s plain “CSV” on a Hebrew Windows is Windows-1255, “CSV UTF-8” is UTF-8</source>
        <translation>אם בתצוגה המקדימה מופיעות אותיות שגויות, יש לבחור קידוד אחר: &quot;CSV&quot; רגיל של Excel ב־Windows בעברית הוא ⁨Windows-1255⁩, ו־&quot;CSV UTF-8&quot; הוא ⁨UTF-8⁩</translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation>תצוגה מקדימה של השורות הראשונות</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>מצב הייבוא</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>התקדמות הייבוא</translation>
    </message>
    <message>
        <source>Columns: SKU, warehouse, amount, reason, notes</source>
        <translation>עמודות: מק״ט, מחסן, שינוי, סיבה, הערות</translation>
    </message>
</context>
<context>
    <name>DeleteRecordDialog</name>
    <message>
        <source>Delete Inventory Record</source>
        <translation>מחיקת רשומת מלאי</translation>
    </message>
</context>
<context>
    <name>EditRecordDialog</name>
    <message>
        <source>Edit Inventory Record</source>
        <translation>עריכת רשומת מלאי</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;כמות:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>מי&amp;קום:</translation>
    </message>
    <message>
        <source>While sales go on, adjusting by the difference is safer than overwriting the quantity.</source>
        <translation>כשהמכירות נמשכות, בטוח יותר להתאים את המלאי בהפרש מאשר לדרוס את הכמות.</translation>
    </message>
    <message>
        <source>This record changed on the server since you opened it. Compare and choose what to keep.</source>
        <translation>הרשומה השתנתה בשרת מאז שנפתחה. יש להשוות ולבחור מה לשמור.</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>בעת הפתיחה</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>בשרת עכשיו</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>שלך</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;דריסה בערכים שלי</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;קבלת הערכים מהשרת</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>Enter a quantity (a whole number, 0 or more).</source>
        <translation>יש להזין כמות (מספר שלם, 0 ומעלה).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number. Enter a quantity such as 0, 12 or 250.</source>
        <translation>&quot;⁨%1⁩&quot; אינו מספר שלם. יש להזין כמות כמו 0, 12 או 250.</translation>
    </message>
    <message>
        <source>The quantity is too large: at most %1.</source>
        <translation>הכמות גדולה מדי: לכל היותר ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative. To take stock away, use “Adjust” with a negative amount.</source>
        <translation>הכמות לא יכולה להיות שלילית. כדי להוריד מלאי, יש להשתמש ב&quot;התאמת מלאי לרשומה&quot; עם שינוי שלילי.</translation>
    </message>
    <message>
        <source>The amount is too large: at most %1 either way.</source>
        <translation>השינוי גדול מדי: לכל היותר ⁨%1⁩ לכל כיוון.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>יש להזין מספר.</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: ids are whole numbers from 1 to %2.</source>
        <translation>&quot;⁨%1⁩&quot; אינו מזהה תקין: מזהים הם מספרים שלמים מ־1 עד ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Choose a reason: reasons are required (Settings).</source>
        <translation>יש לבחור סיבה: לפי ההגדרות, סיבה היא שדה חובה.</translation>
    </message>
    <message>
        <source>Enter an amount: how many to add (e.g. %1) or remove (e.g. %2).</source>
        <extracomment>%1 and %2 are examples: 5 and −5</extracomment>
        <translation>יש להזין את השינוי בכמות: כמה להוסיף (למשל ⁨%1⁩) או להוריד (למשל ⁨%2⁩).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number. Enter how many to add (e.g. %2) or remove (e.g. %3).</source>
        <extracomment>%1 is what was typed; %2 and %3 are examples: 5 and −5</extracomment>
        <translation>&quot;⁨%1⁩&quot; אינו מספר שלם. יש להזין כמה להוסיף (למשל ⁨%2⁩) או להוריד (למשל ⁨%3⁩).</translation>
    </message>
    <message>
        <source>The amount cannot be 0. Enter how many to add (e.g. %1) or remove (e.g. %2).</source>
        <extracomment>%1 and %2 are examples: 5 and −5</extracomment>
        <translation>השינוי לא יכול להיות 0. יש להזין כמה להוסיף (למשל ⁨%1⁩) או להוריד (למשל ⁨%2⁩).</translation>
    </message>
    <message numerus="yes">
        <source>The SKU is too long: %Ln characters, at most %1.</source>
        <extracomment>%n is the length of the SKU (more than %1), %1 the most allowed</extracomment>
        <translation>
            <numerusform>המק״ט ארוך מדי: תו אחד, ומותרים לכל היותר ⁨%1⁩.</numerusform>
            <numerusform>המק״ט ארוך מדי: ⁨%Ln⁩ תווים, ומותרים לכל היותר ⁨%1⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The location is too long: %Ln characters, at most %1.</source>
        <extracomment>%n is the length of the location (more than %1), %1 the most allowed</extracomment>
        <translation>
            <numerusform>המיקום ארוך מדי: תו אחד, ומותרים לכל היותר ⁨%1⁩.</numerusform>
            <numerusform>המיקום ארוך מדי: ⁨%Ln⁩ תווים, ומותרים לכל היותר ⁨%1⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: %Ln characters, at most %1.</source>
        <extracomment>%n is the length of the reason (more than %1), %1 the most allowed</extracomment>
        <translation>
            <numerusform>הסיבה ארוכה מדי: תו אחד, ומותרים לכל היותר ⁨%1⁩.</numerusform>
            <numerusform>הסיבה ארוכה מדי: ⁨%Ln⁩ תווים, ומותרים לכל היותר ⁨%1⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: %Ln characters, at most %1.</source>
        <extracomment>%n is the length of the notes (more than %1), %1 the most allowed</extracomment>
        <translation>
            <numerusform>ההערות ארוכות מדי: תו אחד, ומותרים לכל היותר ⁨%1⁩.</numerusform>
            <numerusform>ההערות ארוכות מדי: ⁨%Ln⁩ תווים, ומותרים לכל היותר ⁨%1⁩.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glance::AccountControls</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;חשבון</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;הוספת חשבון…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;כניסה להדגמה</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>ה&amp;גדרות…</translation>
    </message>
    <message>
        <source>This key is read-only</source>
        <translation>למפתח הזה יש הרשאת קריאה בלבד</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <comment>whether the key may make changes</comment>
        <translation>&amp;בדיקה חוזרת</translation>
    </message>
    <message>
        <source>Try changes again, e.g. after the key was given the editor role</source>
        <translation>בדיקה חוזרת אם אפשר לבצע שינויים, למשל אחרי שהמפתח קיבל הרשאת עורך</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ה&amp;תנתקות</translation>
    </message>
    <message>
        <source>Remove this account&apos;s API key from this computer</source>
        <translation>הסרת מפתח ה־API של החשבון הזה מהמחשב</translation>
    </message>
    <message>
        <source>Read-only</source>
        <comment>API key role</comment>
        <translation>קריאה בלבד</translation>
    </message>
</context>
<context>
    <name>Glance::AdjustmentSubmitter</name>
    <message>
        <source>Not sent: returned to the draft.</source>
        <translation>לא נשלח: הוחזר לטיוטה.</translation>
    </message>
</context>
<context>
    <name>Glance::AppController</name>
    <message>
        <source>Starting the demo server…</source>
        <translation>מפעילים את שרת ההדגמה…</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>לא ניתן היה להפעיל את ההדגמה: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Reading the API key from the system keychain…</source>
        <translation>קוראים את מפתח ה־API ממחזיק המפתחות של המערכת…</translation>
    </message>
    <message>
        <source>Not signed in. Choose Account → Add an account… to sign in with an API key, or Account → Try the demo.</source>
        <translation>אין חשבון מחובר. אפשר לבחור &quot;חשבון ← הוספת חשבון…&quot; כדי להתחבר עם מפתח API, או &quot;חשבון ← כניסה להדגמה&quot;.</translation>
    </message>
</context>
<context>
    <name>Glance::AppSettings</name>
    <message>
        <source>Received</source>
        <comment>adjustment reason: goods received from a supplier (adds stock)</comment>
        <translation>קבלת סחורה</translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>adjustment reason: damaged or spoiled goods written off (removes stock)</comment>
        <translation>סחורה פגומה</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <comment>adjustment reason (removes stock)</comment>
        <translation>אובדן או גניבה</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>adjustment reason: returned by a customer (adds stock), not a return to the supplier</comment>
        <translation>החזרה מלקוח</translation>
    </message>
    <message>
        <source>Correction</source>
        <comment>adjustment reason: a recording error corrected (either way)</comment>
        <translation>תיקון</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <comment>adjustment reason: set by a stock count (either way)</comment>
        <translation>ספירת מלאי</translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>adjustment reason: moved between warehouses (either way)</comment>
        <translation>העברה</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <comment>adjustment reason</comment>
        <translation>ספירת מלאי</translation>
    </message>
    <message>
        <source>Reversal</source>
        <comment>adjustment reason: undoes an earlier adjustment (stock goes back the way it came)</comment>
        <translation>ביטול התאמה</translation>
    </message>
</context>
<context>
    <name>Glance::Application</name>
    <message>
        <source>Glance Inventory</source>
        <comment>the application&apos;s name in window titles</comment>
        <translation>מלאי Glance</translation>
    </message>
</context>
<context>
    <name>Glance::BatchAdjustModel</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>מחיקת שורה אחת</numerusform>
            <numerusform>מחיקת ⁨%n⁩ שורות</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>הוספת ⁨%1⁩</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>סריקת ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>הדבקת שורה אחת</numerusform>
            <numerusform>הדבקת ⁨%n⁩ שורות</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge duplicate rows</source>
        <translation>איחוד שורות כפולות</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>עריכת הערות</translation>
    </message>
    <message>
        <source>Edit reason</source>
        <comment>adjustment reason</comment>
        <translation>עריכת סיבה</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>מחסן ⁨%1⁩</translation>
    </message>
    <message>
        <source>No record in this warehouse yet: a positive amount creates it.</source>
        <translation>עדיין אין רשומה במחסן הזה: שינוי חיובי ייצור אותה.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>⁨%1⁩ (ועוד בעיה אחת)</numerusform>
            <numerusform>⁨%1⁩ (ועוד ⁨%n⁩ בעיות)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit SKU</source>
        <translation>עריכת מק״ט</translation>
    </message>
    <message>
        <source>Change warehouse</source>
        <translation>שינוי מחסן</translation>
    </message>
    <message>
        <source>Change amount</source>
        <translation>שינוי הכמות</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>מק״ט</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>מחסן</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>quantity in stock now</comment>
        <translation>יתרה</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>signed amount to add or remove</comment>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>quantity after the change</comment>
        <translation>יתרה חדשה</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>adjustment reason</comment>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>problems found in the row</comment>
        <translation>בדיקה</translation>
    </message>
</context>
<context>
    <name>Glance::BatchAdjustWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול פעולה</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ביצוע מחדש</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>הוספת שורה</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n duplicate row(s).</source>
        <translation>
            <numerusform>אוחדה שורה כפולה אחת.</numerusform>
            <numerusform>אוחדו ⁨%n⁩ שורות כפולות.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows to merge. Rows of the same product and warehouse with different reasons stay separate.</source>
        <translation>אין שורות לאיחוד. שורות של אותו מוצר ואותו מחסן עם סיבות שונות נשארות נפרדות.</translation>
    </message>
    <message>
        <source>Batch Adjustment</source>
        <translation>התאמת מלאי מרוכזת</translation>
    </message>
    <message>
        <source>%1 — Batch Adjustment</source>
        <comment>draft title</comment>
        <translation>⁨%1⁩ — התאמת מלאי מרוכזת</translation>
    </message>
    <message>
        <source>Drafts cannot be saved on this computer.</source>
        <translation>לא ניתן לשמור טיוטות במחשב הזה.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>הוספת ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add rows first: scan, type a SKU, paste or import them.</source>
        <translation>קודם יש להוסיף שורות: בסריקה, בהקלדת מק״ט, בהדבקה או בייבוא.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (red); see the Check column. Fix them before submitting.</source>
        <translation>
            <numerusform>בשורה אחת יש בעיות (באדום); הפרטים בעמודה &quot;בדיקה&quot;. יש לתקן אותה לפני השליחה.</numerusform>
            <numerusform>ב־⁨%n⁩ שורות יש בעיות (באדום); הפרטים בעמודה &quot;בדיקה&quot;. יש לתקן אותן לפני השליחה.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>שורה ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Submit with Warnings?</source>
        <translation>לשלוח למרות האזהרות?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have warnings. Submit anyway?</source>
        <translation>
            <numerusform>בשורה אחת יש אזהרה. לשלוח בכל זאת?</numerusform>
            <numerusform>ב־⁨%n⁩ שורות יש אזהרות. לשלוח בכל זאת?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submit Anyway</source>
        <translation>&amp;שליחה בכל זאת</translation>
    </message>
    <message>
        <source>Nothing was sent: the submission could not be recorded on this computer first. %1</source>
        <translation>לא נשלח דבר: לא ניתן היה לתעד קודם את השליחה במחשב הזה. ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that were not applied are back in the draft. Fix them and submit again.</source>
        <translation>
            <numerusform>שורה אחת שלא בוצעה חזרה לטיוטה. יש לתקן אותה ולשלוח שוב.</numerusform>
            <numerusform>⁨%n⁩ שורות שלא בוצעו חזרו לטיוטה. יש לתקן אותן ולשלוח שוב.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the rows and send them to Glance</source>
        <translation>בדיקת השורות ושליחתן ל־Glance</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>שורה אחת</numerusform>
            <numerusform>⁨%n⁩ שורות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>אחת עם בעיות</numerusform>
            <numerusform>⁨%n⁩ עם בעיות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>אחת עם אזהרות</numerusform>
            <numerusform>⁨%n⁩ עם אזהרות</numerusform>
        </translation>
    </message>
    <message>
        <source>saved on this computer</source>
        <translation>נשמרה במחשב הזה</translation>
    </message>
    <message>
        <source>Wait until the answer to the current request arrives; the draft is saved.</source>
        <translation>יש להמתין לתשובה לבקשה הנוכחית; הטיוטה שמורה.</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>לא נשלח דבר. ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Glance::BatchItemDelegate</name>
    <message>
        <source>%1 (adds)</source>
        <comment>reason and its usual sign</comment>
        <translation>⁨%1⁩ (הוספה)</translation>
    </message>
    <message>
        <source>%1 (removes)</source>
        <comment>reason and its usual sign</comment>
        <translation>⁨%1⁩ (הורדה)</translation>
    </message>
</context>
<context>
    <name>Glance::BatchRowsImport</name>
    <message>
        <source>The clipboard holds no rows. Copy rows with the columns SKU, warehouse, amount, reason and notes from a spreadsheet.</source>
        <translation>אין שורות בלוח. יש להעתיק מגיליון אלקטרוני שורות עם העמודות מק״ט, מחסן, שינוי, סיבה והערות.</translation>
    </message>
    <message>
        <source>“%1” holds no rows.</source>
        <translation>אין שורות בקובץ &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>נוספה שורה אחת.</numerusform>
            <numerusform>נוספו ⁨%n⁩ שורות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s); the lines with problems were left out.</source>
        <translation>
            <numerusform>נוספה שורה אחת; השורות הבעייתיות לא נכללו.</numerusform>
            <numerusform>נוספו ⁨%n⁩ שורות; השורות הבעייתיות לא נכללו.</numerusform>
        </translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>הטקסט שהודבק</translation>
    </message>
    <message>
        <source>Import Rows from CSV</source>
        <translation>ייבוא שורות מ־CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>קובצי CSV (*.csv *.txt);;כל הקבצים (*)</translation>
    </message>
</context>
<context>
    <name>Glance::BrowserExport</name>
    <message>
        <source>Preparing %1 of %2 rows…</source>
        <extracomment>while a file or printout is prepared; %1 rows done, %2 of how many</extracomment>
        <translation>מכינים ⁨%1⁩ מתוך ⁨%2⁩ שורות…</translation>
    </message>
    <message>
        <source>Not Every Record Is Loaded</source>
        <translation>לא כל הרשומות נטענו</translation>
    </message>
    <message>
        <source>Only %1 of the %2 records of this view are loaded. Load all of them first, or use only the loaded ones?</source>
        <translation>נטענו רק ⁨%1⁩ מתוך ⁨%2⁩ הרשומות בתצוגה הזו. לטעון את כולן קודם, או להשתמש רק ברשומות שנטענו?</translation>
    </message>
    <message>
        <source>Only %1 records of this view are loaded. Load all of them first, or use only the loaded ones?</source>
        <translation>נטענו רק ⁨%1⁩ רשומות בתצוגה הזו. לטעון את כולן קודם, או להשתמש רק ברשומות שנטענו?</translation>
    </message>
    <message>
        <source>&amp;Load All First</source>
        <translation>&amp;טעינת הכול קודם</translation>
    </message>
    <message>
        <source>Needs a connection to Glance. You are offline.</source>
        <translation>נדרש חיבור ל־Glance, ואין חיבור כרגע.</translation>
    </message>
    <message>
        <source>Only the L&amp;oaded Records</source>
        <translation>&amp;רק הרשומות שנטענו</translation>
    </message>
    <message>
        <source>Not every record could be loaded; nothing was exported or printed.</source>
        <translation>לא ניתן היה לטעון את כל הרשומות; שום דבר לא יוצא ולא הודפס.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>מלאי</translation>
    </message>
    <message>
        <source>inventory</source>
        <extracomment>a file name suggested for an export (no extension)</extracomment>
        <translation>מלאי</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>חשבון: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation>מחסן: ⁨%1⁩</translation>
    </message>
    <message>
        <source>search %1</source>
        <translation>חיפוש ⁨%1⁩</translation>
    </message>
    <message>
        <source>low stock only</source>
        <translation>רק מלאי נמוך</translation>
    </message>
    <message>
        <source>sorted by %1, ascending</source>
        <translation>ממוין לפי ⁨%1⁩, בסדר עולה</translation>
    </message>
    <message>
        <source>sorted by %1, descending</source>
        <translation>ממוין לפי ⁨%1⁩, בסדר יורד</translation>
    </message>
    <message>
        <source>Filter: none</source>
        <extracomment>the list separator between parts of a filter (&quot;search x, low stock only&quot;)</extracomment>
        <translation>סינון: ללא</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>סינון: ⁨%1⁩</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 records, as of %2</source>
        <translation>⁨%1⁩ רשומות, נכון ל־⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 records (not every record of this view was loaded), as of %2</source>
        <translation>⁨%1⁩ רשומות (לא כל הרשומות בתצוגה הזו נטענו), נכון ל־⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>Glance::BrowserStatusBar</name>
    <message>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>%1 is the time the shown records were last read from Glance</extracomment>
        <translation>עודכן ב־⁨%1⁩</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>יש חיבור</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>אין חיבור</translation>
    </message>
    <message>
        <source>Only the %1 loaded records of %2 are sorted and filtered.</source>
        <translation>רק ⁨%1⁩ הרשומות שנטענו מתוך ⁨%2⁩ ממוינות ומסוננות.</translation>
    </message>
    <message>
        <source>Only the %1 loaded records are sorted and filtered.</source>
        <translation>רק ⁨%1⁩ הרשומות שנטענו ממוינות ומסוננות.</translation>
    </message>
    <message>
        <source>Only the %1 loaded records of %2 are sorted.</source>
        <translation>רק ⁨%1⁩ הרשומות שנטענו מתוך ⁨%2⁩ ממוינות.</translation>
    </message>
    <message>
        <source>Only the %1 loaded records are sorted.</source>
        <translation>רק ⁨%1⁩ הרשומות שנטענו ממוינות.</translation>
    </message>
    <message>
        <source>Low stock among the %1 loaded records of %2 only.</source>
        <translation>מלאי נמוך מוצג רק מתוך ⁨%1⁩ הרשומות שנטענו (מתוך ⁨%2⁩).</translation>
    </message>
    <message>
        <source>Low stock among the %1 loaded records only.</source>
        <translation>מלאי נמוך מוצג רק מתוך ⁨%1⁩ הרשומות שנטענו.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <extracomment>%1 is the number of records loaded, %Ln the number the server has</extracomment>
        <translation>
            <numerusform>⁨%1⁩ מתוך רשומה אחת</numerusform>
            <numerusform>⁨%1⁩ מתוך ⁨%Ln⁩ רשומות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>רשומה אחת</numerusform>
            <numerusform>⁨%Ln⁩ רשומות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low-stock record(s) shown</source>
        <translation>
            <numerusform>מוצגת רשומה אחת במלאי נמוך</numerusform>
            <numerusform>מוצגות ⁨%Ln⁩ רשומות במלאי נמוך</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln record(s) loaded.</source>
        <translation>
            <numerusform>הרשומה היחידה נטענה.</numerusform>
            <numerusform>כל ⁨%Ln⁩ הרשומות נטענו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. The %Ln record(s) loaded so far stay.</source>
        <translation>
            <numerusform>הטעינה נעצרה. הרשומה שכבר נטענה נשארת.</numerusform>
            <numerusform>הטעינה נעצרה. ⁨%Ln⁩ הרשומות שכבר נטענו נשארות.</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>%1 is the date and time the cached records were read from Glance</extracomment>
        <translation>נכון ל־⁨%1⁩</translation>
    </message>
    <message>
        <source>Records saved on this computer. They are read again from Glance as soon as it can be reached.</source>
        <translation>הרשומות שמורות במחשב הזה. הן ייקראו שוב מ־Glance ברגע שיהיה חיבור.</translation>
    </message>
</context>
<context>
    <name>Glance::ColumnsMenu</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;עמודות</translation>
    </message>
</context>
<context>
    <name>Glance::CostFetch</name>
    <message>
        <source>Not connected.</source>
        <translation>אין חיבור.</translation>
    </message>
    <message>
        <source>The stocktake is not open.</source>
        <translation>הספירה לא פתוחה.</translation>
    </message>
</context>
<context>
    <name>Glance::CountCsvImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>שורה ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Import Counts from CSV</source>
        <translation>ייבוא ספירה מ־CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>קובצי CSV (*.csv *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>%1 could not be read (or is larger than 20 MB).</source>
        <extracomment>%1 the file name</extracomment>
        <translation>לא ניתן היה לקרוא את הקובץ ⁨%1⁩ (או שהוא גדול מ־20MB).</translation>
    </message>
    <message>
        <source>Import Counts</source>
        <translation>ייבוא ספירה</translation>
    </message>
    <message numerus="yes">
        <source>%1: counts of %n product(s).</source>
        <extracomment>%1 the file name</extracomment>
        <translation>
            <numerusform>הקובץ ⁨%1⁩: ספירה של מוצר אחד.</numerusform>
            <numerusform>הקובץ ⁨%1⁩: ספירה של ⁨%n⁩ מוצרים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) appear more than once; their counts are added up.</source>
        <translation>
            <numerusform>מק״ט אחד מופיע יותר מפעם אחת; הכמויות שלו מחוברות.</numerusform>
            <numerusform>⁨%n⁩ מק״טים מופיעים יותר מפעם אחת; הכמויות שלהם מחוברות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name a SKU that is not in this stocktake and are left out.</source>
        <translation>
            <numerusform>בשורה אחת יש מק״ט שאינו בספירה הזאת, והיא לא יובאה.</numerusform>
            <numerusform>ב־⁨%n⁩ שורות יש מק״ט שאינו בספירה הזאת, והן לא יובאו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left out.</source>
        <translation>
            <numerusform>שורה אחת לא נקראה ולא יובאה.</numerusform>
            <numerusform>⁨%n⁩ שורות לא נקראו ולא יובאו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding: %n count(s) match what was already counted at the same location and are counted once, not twice.</source>
        <translation>
            <numerusform>בהוספה: ספירה אחת זהה למה שכבר נספר באותו מיקום ונספרת פעם אחת, לא פעמיים.</numerusform>
            <numerusform>בהוספה: ⁨%n⁩ ספירות זהות למה שכבר נספר באותו מיקום ונספרות פעם אחת, לא פעמיים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding: %n location(s) were already counted with a different result; those lines are marked for recount.</source>
        <translation>
            <numerusform>בהוספה: מיקום אחד כבר נספר עם תוצאה אחרת; השורה שלו מסומנת לספירה חוזרת.</numerusform>
            <numerusform>בהוספה: ⁨%n⁩ מיקומים כבר נספרו עם תוצאה אחרת; השורות שלהם מסומנות לספירה חוזרת.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: counted %3, the file says %4.</source>
        <extracomment>%1 a SKU, %2 a location, %3 the count already taken there, %4 the file&apos;s count</extracomment>
        <translation>מק״ט ⁨%1⁩ במיקום ⁨%2⁩: נספרו ⁨%3⁩, בקובץ ⁨%4⁩.</translation>
    </message>
    <message>
        <source>Add to the Counts</source>
        <translation>הוספה לספירה</translation>
    </message>
    <message>
        <source>Replace the Counts</source>
        <translation>החלפת הספירה</translation>
    </message>
    <message numerus="yes">
        <source>Counts of %n product(s) imported.</source>
        <translation>
            <numerusform>יובאה ספירה של מוצר אחד.</numerusform>
            <numerusform>יובאה ספירה של ⁨%n⁩ מוצרים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked for recount: their location was counted twice with different results.</source>
        <translation>
            <numerusform>שורה אחת סומנה לספירה חוזרת: המיקום שלה נספר פעמיים עם תוצאות שונות.</numerusform>
            <numerusform>⁨%n⁩ שורות סומנו לספירה חוזרת: המיקום שלהן נספר פעמיים עם תוצאות שונות.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glance::CountingModel</name>
    <message>
        <source>SKU</source>
        <translation>מק״ט</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>In system</source>
        <translation>במערכת</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>נספר</translation>
    </message>
    <message>
        <source>Counted away from its location in Glance (%1): update the location if it has moved.</source>
        <translation>נספר מחוץ למיקום שלו ב־Glance (⁨%1⁩): אם הוא הועבר, יש לעדכן את המיקום.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>Counted At</source>
        <translation>נספר במיקום</translation>
    </message>
</context>
<context>
    <name>Glance::CountingWindow</name>
    <message>
        <source>Stocktake: %1</source>
        <extracomment>%1 the stocktake&apos;s title</extracomment>
        <translation>ספירת מלאי: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 — warehouse %2</source>
        <translation>⁨%1⁩ — מחסן ⁨%2⁩</translation>
    </message>
    <message>
        <source>Blind count: the quantities in the system are not shown until counting is finished.</source>
        <translation>ספירה עיוורת: היתרות במערכת לא מוצגות עד סיום הספירה.</translation>
    </message>
    <message>
        <source>Next scan counts %1</source>
        <translation>הסריקה הבאה תיספר ⁨%1⁩ פעמים</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>הספירה נשמרה.</translation>
    </message>
    <message>
        <source>Saved: %1 added.</source>
        <translation>הספירה נשמרה: נוספו ⁨%1⁩.</translation>
    </message>
    <message>
        <source>No product with the barcode %1. It was added to the unknown codes.</source>
        <translation>לא נמצא מוצר עם הברקוד ⁨%1⁩. הוא נוסף לקודים הלא מוכרים.</translation>
    </message>
    <message>
        <source>The last scan was undone.</source>
        <translation>הסריקה האחרונה בוטלה.</translation>
    </message>
    <message>
        <source>Unknown codes (%1)</source>
        <translation>קודים לא מוכרים (⁨%1⁩)</translation>
    </message>
    <message>
        <source>The code was counted for %1.</source>
        <translation>הקוד נספר למק״ט ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Counting is finished. Review the differences, then update the stock.</source>
        <translation>הספירה הסתיימה. יש לבדוק את ההפרשים ואז לעדכן את המלאי.</translation>
    </message>
    <message>
        <source>Ready to scan: %1 of %2 products counted.</source>
        <translation>אפשר לסרוק: נספרו ⁨%1⁩ מתוך ⁨%2⁩ מוצרים.</translation>
    </message>
    <message>
        <source>Fetching the quantities in the system…</source>
        <translation>טוענים את היתרות במערכת…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to count. Ready to scan.</source>
        <translation>
            <numerusform>מוצר אחד לספירה. אפשר לסרוק.</numerusform>
            <numerusform>⁨%n⁩ מוצרים לספירה. אפשר לסרוק.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quantities could not be fetched: %1</source>
        <translation>לא ניתן היה לטעון את היתרות: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Save the Count Sheets as PDF</source>
        <translation>שמירת דפי הספירה כ־PDF</translation>
    </message>
    <message>
        <source>count-sheet.pdf</source>
        <translation>דף-ספירה.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
        <source>How many %1?</source>
        <extracomment>%1 the scanned code (SKU or barcode) that waits for its quantity</extracomment>
        <translation>כמה יחידות של ⁨%1⁩?</translation>
    </message>
    <message>
        <source>Quantity, then Enter (Esc skips)</source>
        <translation>כמות ואחריה Enter (מקש Esc מדלג)</translation>
    </message>
    <message>
        <source>Type the quantity and press Enter. Esc skips it.</source>
        <translation>יש להקליד את הכמות ולהקיש Enter. מקש Esc מדלג על הקוד.</translation>
    </message>
    <message>
        <source>Skipped: %1 was not counted.</source>
        <translation>בוצע דילוג: ⁨%1⁩ לא נספר.</translation>
    </message>
    <message>
        <source>%1 is not a quantity. Type how many %2 (1 to %3), or press Esc to skip it.</source>
        <translation>⁨%1⁩ אינו כמות. יש להקליד כמה יחידות של ⁨%2⁩ (מ־1 עד ⁨%3⁩), או להקיש Esc כדי לדלג עליו.</translation>
    </message>
    <message>
        <source>No product with the barcode %1. Type the quantity to keep it with the unknown codes, or press Esc to skip it.</source>
        <translation>לא נמצא מוצר עם הברקוד ⁨%1⁩. אפשר להקליד כמות כדי לשמור אותו עם הקודים הלא מוכרים, או להקיש Esc כדי לדלג עליו.</translation>
    </message>
    <message>
        <source>Type how many %1 first, or press Esc to skip it.</source>
        <translation>קודם יש להקליד כמה יחידות של ⁨%1⁩, או להקיש Esc כדי לדלג עליו.</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>כל המיקומים</translation>
    </message>
    <message>
        <source>%1 of %2 counted here</source>
        <extracomment>%1 lines counted, %2 lines at the location being counted</extracomment>
        <translation>⁨%1⁩ מתוך ⁨%2⁩ נספרו כאן</translation>
    </message>
    <message>
        <source>Counting at %1 now (%2).</source>
        <extracomment>%1 a location (shelf, bin) whose label was scanned</extracomment>
        <translation>מיקום הספירה: ⁨%1⁩ (⁨%2⁩).</translation>
    </message>
    <message>
        <source>Its location is %1; it was counted here, at %2.</source>
        <extracomment>%1 the product&apos;s location in Glance, %2 where it was found and counted</extracomment>
        <translation>המיקום שלו: ⁨%1⁩; הוא נספר כאן, במיקום ⁨%2⁩.</translation>
    </message>
</context>
<context>
    <name>Glance::CreateRecordDialog</name>
    <message>
        <source>&amp;Create</source>
        <comment>create a record</comment>
        <translation>י&amp;צירה</translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>אין מוצר עם המק״ט &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>Choose a product: type a name or SKU and pick it from the list.</source>
        <translation>יש לבחור מוצר: להקליד שם או מק״ט ולבחור אותו מהרשימה.</translation>
    </message>
    <message>
        <source>“%1” already has a record in %2 (quantity %3). A product has one record per warehouse.</source>
        <translation>כבר יש למוצר &quot;⁨%1⁩&quot; רשומה במחסן ⁨%2⁩ (כמות ⁨%3⁩). לכל מוצר יש רשומה אחת בכל מחסן.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>quantity</comment>
        <translation>לא ידועה</translation>
    </message>
    <message>
        <source>Creating the record…</source>
        <translation>יוצרים את הרשומה…</translation>
    </message>
    <message>
        <source>The answer was lost; checking whether the record was created…</source>
        <translation>התשובה אבדה; בודקים אם הרשומה נוצרה…</translation>
    </message>
    <message>
        <source>The answer was lost, and checking shows the record was not created. You can create it again.</source>
        <translation>התשובה אבדה, והבדיקה מראה שהרשומה לא נוצרה. אפשר ליצור אותה שוב.</translation>
    </message>
    <message>
        <source>The answer was lost and the record is not there yet. Glance may still create it; checking again at %1…</source>
        <extracomment>%1 a time</extracomment>
        <translation>התשובה אבדה והרשומה עדיין לא קיימת. ייתכן ש־Glance עוד תיצור אותה; בודקים שוב ב־⁨%1⁩…</translation>
    </message>
</context>
<context>
    <name>Glance::CsvImportDialog</name>
    <message>
        <source>UTF-8</source>
        <translation>‏UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>‏UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>‏UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1255 (Hebrew)</source>
        <translation>‏Windows-1255 (עברית)</translation>
    </message>
    <message>
        <source>“%1” is too large to import: the limit is %2 MB.</source>
        <extracomment>%1 is the file name, %2 the largest size in megabytes (50)</extracomment>
        <translation>הקובץ &quot;⁨%1⁩&quot; גדול מדי לייבוא: הגודל המרבי הוא ⁨%2⁩ מ״ב.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 is the file name, %2 why it could not be read (a sentence from the system)</extracomment>
        <translation>לא ניתן היה לקרוא את הקובץ &quot;⁨%1⁩&quot;: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>קוראים את השורות…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ייבוא</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>קובץ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>⁨%1⁩ (זוהה)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>קוראים את הקובץ…</translation>
    </message>
    <message>
        <source>The first lines as they will be imported. If the letters look wrong, choose another encoding.</source>
        <translation>השורות הראשונות כפי שהן ייובאו. אם האותיות נראות שגויות, יש לבחור קידוד אחר.</translation>
    </message>
</context>
<context>
    <name>Glance::DeleteRecordDialog</name>
    <message>
        <source>&amp;Delete</source>
        <comment>delete the record</comment>
        <translation>&amp;מחיקה</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>quantity</comment>
        <translation>לא ידועה</translation>
    </message>
    <message>
        <source>Delete the record of “%1” (SKU %2) in %3? Its quantity is %4.</source>
        <extracomment>%1 is the product name, %2 its SKU, %3 the warehouse, %4 the quantity</extracomment>
        <translation>למחוק את הרשומה של &quot;⁨%1⁩&quot; (מק״ט ⁨%2⁩) במחסן ⁨%3⁩? הכמות בה היא ⁨%4⁩.</translation>
    </message>
    <message>
        <source>The quantity of this record is unknown; it may still hold stock. The deletion cannot be undone.</source>
        <translation>הכמות ברשומה הזו לא ידועה; ייתכן שיש בה עדיין מלאי. אי אפשר לבטל את המחיקה.</translation>
    </message>
    <message>
        <source>&amp;Yes, delete it even if it holds stock</source>
        <translation>מחיקה &amp;גם אם יש בה מלאי</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>מוחקים את הרשומה…</translation>
    </message>
    <message>
        <source>Glance answered that the record was not deleted.</source>
        <translation>לפי התשובה של Glance, הרשומה לא נמחקה.</translation>
    </message>
    <message numerus="yes">
        <source>This record still holds %Ln unit(s). Deleting it removes them from stock, and the deletion cannot be undone. To correct the quantity, edit or adjust the record instead.</source>
        <translation>
            <numerusform>ברשומה הזו יש עדיין יחידה אחת. המחיקה תוריד אותה מהמלאי, ואי אפשר לבטל אותה. כדי לתקן את הכמות, עדיף לערוך את הרשומה או לבצע התאמת מלאי.</numerusform>
            <numerusform>ברשומה הזו יש עדיין ⁨%Ln⁩ יחידות. המחיקה תוריד אותן מהמלאי, ואי אפשר לבטל אותה. כדי לתקן את הכמות, עדיף לערוך את הרשומה או לבצע התאמת מלאי.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Yes, remove %Ln unit(s) from stock with this record</source>
        <translation>
            <numerusform>מחיקה ו&amp;הורדה של יחידה אחת מהמלאי</numerusform>
            <numerusform>מחיקה ו&amp;הורדה של ⁨%Ln⁩ יחידות מהמלאי</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glance::EditRecordDialog</name>
    <message>
        <source>unknown</source>
        <comment>quantity</comment>
        <translation>לא ידועה</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no location</comment>
        <translation>(ללא)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>&quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>%1 (SKU %2) in %3</source>
        <extracomment>%1 is the product name, %2 its SKU, %3 the warehouse</extracomment>
        <translation>⁨%1⁩ (מק״ט ⁨%2⁩) במחסן ⁨%3⁩</translation>
    </message>
    <message>
        <source>When opened: quantity %1, location %2.</source>
        <translation>בעת הפתיחה: כמות ⁨%1⁩, מיקום ⁨%2⁩.</translation>
    </message>
    <message>
        <source>&amp;Adjust by %1 Instead</source>
        <extracomment>%1 is the signed amount: +4, −3</extracomment>
        <translation>&amp;התאמה בהפרש של ⁨%1⁩</translation>
    </message>
    <message>
        <source>Checking the record on the server…</source>
        <translation>בודקים את הרשומה בשרת…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>שומרים…</translation>
    </message>
    <message>
        <source>Showing the values on the server now. Change them again, or close.</source>
        <translation>מוצגים הערכים שבשרת עכשיו. אפשר לשנות אותם שוב, או לסגור.</translation>
    </message>
    <message>
        <source>Adjust %1</source>
        <translation>התאמה של ⁨%1⁩</translation>
    </message>
    <message>
        <source>The answer was lost; checking the record…</source>
        <translation>התשובה אבדה; בודקים את הרשומה…</translation>
    </message>
    <message>
        <source>Adjusting…</source>
        <translation>מעדכנים את המלאי…</translation>
    </message>
    <message>
        <source>Saving the location…</source>
        <translation>שומרים את המיקום…</translation>
    </message>
    <message>
        <source>Se&amp;nd Again</source>
        <translation>שליחה &amp;חוזרת</translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation>&amp;בדיקה חוזרת</translation>
    </message>
    <message>
        <source>It &amp;Was Applied</source>
        <translation>השינוי &amp;בוצע</translation>
    </message>
    <message>
        <source>Send &amp;It Again</source>
        <translation>שליחה &amp;מחדש</translation>
    </message>
    <message>
        <source>Wait until the adjustment’s answer arrives.</source>
        <translation>יש להמתין לתשובה על ההתאמה.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <source>The answer was lost; checking whether the change was saved…</source>
        <translation>התשובה אבדה; בודקים אם השינוי נשמר…</translation>
    </message>
    <message>
        <source>The answer was lost, and checking shows the change was not saved. You can save again.</source>
        <translation>התשובה אבדה, והבדיקה מראה שהשינוי לא נשמר. אפשר לשמור שוב.</translation>
    </message>
    <message>
        <source>The answer was lost and the record does not show the change yet. Glance may still save it; checking again at %1…</source>
        <extracomment>%1 a time</extracomment>
        <translation>התשובה אבדה והרשומה עדיין לא מראה את השינוי. ייתכן ש־Glance עוד תשמור אותו; בודקים שוב בשעה ⁨%1⁩…</translation>
    </message>
</context>
<context>
    <name>Glance::ExpectedFetch</name>
    <message>
        <source>Not connected.</source>
        <translation>אין חיבור.</translation>
    </message>
</context>
<context>
    <name>Glance::HistoryWindow</name>
    <message>
        <source>Reversed already: the reversal is in the list.</source>
        <translation>ההתאמה כבר בוטלה: ביטול ההתאמה מופיע ברשימה.</translation>
    </message>
    <message>
        <source>Finish this submission first: only what was applied can be reversed.</source>
        <translation>יש להשלים קודם את ההתאמה הזו: אפשר לבטל רק את מה שבוצע.</translation>
    </message>
    <message>
        <source>Nothing to reverse: none of these rows was applied.</source>
        <translation>אין מה לבטל: אף אחת מהשורות האלה לא בוצעה.</translation>
    </message>
    <message numerus="yes">
        <source>Prepare the opposite of the %n selected applied row(s) as a new batch to review and send</source>
        <translation>
            <numerusform>הכנת ההפך של השורה שנבחרה ובוצעה כהתאמה מרוכזת חדשה, לבדיקה ולשליחה</numerusform>
            <numerusform>הכנת ההפך של ⁨%n⁩ השורות שנבחרו ובוצעו כהתאמה מרוכזת חדשה, לבדיקה ולשליחה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prepare the opposite of the %n applied row(s) as a new batch to review and send</source>
        <translation>
            <numerusform>הכנת ההפך של השורה שבוצעה כהתאמה מרוכזת חדשה, לבדיקה ולשליחה</numerusform>
            <numerusform>הכנת ההפך של ⁨%n⁩ השורות שבוצעו כהתאמה מרוכזת חדשה, לבדיקה ולשליחה</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjustment: %1</source>
        <translation>התאמת מלאי: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Sent %1 from %2</source>
        <translation>נשלחה בתאריך ⁨%1⁩, מקור: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>תוצאה: ⁨%1⁩</translation>
    </message>
    <message>
        <source>adjustment</source>
        <extracomment>a file name suggested for an export (no extension)</extracomment>
        <translation>התאמת-מלאי</translation>
    </message>
</context>
<context>
    <name>Glance::ImportProblemsDialog</name>
    <message numerus="yes">
        <source>%n line(s) of %1 cannot be imported and are left out entirely:</source>
        <translation>
            <numerusform>שורה אחת מתוך ⁨%1⁩ אינה ניתנת לייבוא ולא תיכלל בכלל:</numerusform>
            <numerusform>⁨%n⁩ שורות מתוך ⁨%1⁩ אינן ניתנות לייבוא ולא ייכללו בכלל:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number: problem</comment>
        <translation>שורה ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n Good Row(s)</source>
        <translation>
            <numerusform>&amp;ייבוא השורה התקינה</numerusform>
            <numerusform>&amp;ייבוא ⁨%n⁩ השורות התקינות</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
</context>
<context>
    <name>Glance::InventoryActions</name>
    <message>
        <source>&amp;New Record…</source>
        <translation>רשומה &amp;חדשה…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;עריכת רשומה…</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;מחיקת רשומה…</translation>
    </message>
    <message>
        <source>&amp;Adjust Record…</source>
        <translation>ה&amp;תאמת מלאי לרשומה…</translation>
    </message>
    <message>
        <source>&amp;Batch Adjustment…</source>
        <translation>התאמת מלאי מ&amp;רוכזת…</translation>
    </message>
    <message>
        <source>Adjustment &amp;History</source>
        <translation>&amp;היסטוריית התאמות</translation>
    </message>
    <message>
        <source>Check &amp;Write Access Again</source>
        <translation>&amp;בדיקה חוזרת של הרשאת הכתיבה</translation>
    </message>
    <message>
        <source>&amp;Open Draft</source>
        <translation>פתיחת &amp;טיוטה</translation>
    </message>
    <message>
        <source>Create a record of a product in a warehouse</source>
        <translation>יצירת רשומה של מוצר במחסן</translation>
    </message>
    <message>
        <source>Change the quantity or location of the selected record</source>
        <translation>שינוי הכמות או המיקום של הרשומה הנבחרת</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>מחיקת הרשומה הנבחרת</translation>
    </message>
    <message>
        <source>Add or remove stock of the selected record in the batch editor</source>
        <translation>הוספה או הורדה של מלאי ברשומה הנבחרת בעורך ההתאמות המרוכזות</translation>
    </message>
    <message>
        <source>Adjust many quantities at once</source>
        <translation>התאמה של כמויות רבות בבת אחת</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>טיוטה ללא כותרת</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), %2</source>
        <translation>
            <numerusform>⁨%1⁩ — שורה אחת, ⁨%2⁩</numerusform>
            <numerusform>⁨%1⁩ — ⁨%n⁩ שורות, ⁨%2⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved drafts</source>
        <translation>אין טיוטות שמורות</translation>
    </message>
    <message>
        <source>New Stoc&amp;ktake…</source>
        <translation>&amp;ספירת מלאי חדשה…</translation>
    </message>
    <message>
        <source>S&amp;tocktakes</source>
        <translation>ספירות מ&amp;לאי</translation>
    </message>
    <message>
        <source>Needs a connection to Glance. You are offline.</source>
        <translation>נדרש חיבור ל־Glance, ואין חיבור כרגע.</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>ביטול התאמה</translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation>ביטול התאמה: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Glance::InventoryTableModel</name>
    <message>
        <source>Low stock: at or below this record&apos;s minimum of %1</source>
        <translation>מלאי נמוך: ברמת מלאי המינימום של הרשומה (⁨%1⁩) או מתחתיה</translation>
    </message>
    <message>
        <source>Low stock: at or below %1</source>
        <translation>מלאי נמוך: ⁨%1⁩ או פחות</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>מלאי נמוך</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>מק״ט</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>מחסן</translation>
    </message>
    <message>
        <source>Location</source>
        <comment>place inside a warehouse, e.g. a shelf</comment>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Reserved</source>
        <comment>column header: quantity reserved for orders</comment>
        <translation>משוריין</translation>
    </message>
</context>
<context>
    <name>Glance::LoadProgressWidget</name>
    <message>
        <source>%1 of %2</source>
        <comment>records loaded of the total</comment>
        <translation>⁨%1⁩ מתוך ⁨%2⁩</translation>
    </message>
    <message>
        <source>Loading all records</source>
        <translation>טעינת כל הרשומות</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stop loading; the records loaded so far stay</source>
        <translation>עצירת הטעינה; הרשומות שכבר נטענו נשארות</translation>
    </message>
    <message>
        <source>Cancel loading all records</source>
        <translation>ביטול הטעינה של כל הרשומות</translation>
    </message>
</context>
<context>
    <name>Glance::MainToolBar</name>
    <message>
        <source>Refresh</source>
        <comment>tool bar label</comment>
        <translation>רענון</translation>
    </message>
    <message>
        <source>New</source>
        <comment>tool bar label: a new inventory record</comment>
        <translation>רשומה חדשה</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>tool bar label: edit the selected record</comment>
        <translation>עריכה</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>tool bar label: delete the selected record</comment>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Adjust</source>
        <comment>tool bar label: batch adjustment of stock</comment>
        <translation>התאמת מלאי</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <comment>tool bar label: start a new stocktake</comment>
        <translation>ספירת מלאי</translation>
    </message>
    <message>
        <source>History</source>
        <comment>tool bar label: adjustment history</comment>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>tool bar label: export as CSV</comment>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Print</source>
        <comment>tool bar label</comment>
        <translation>הדפסה</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>סרגל הכלים הראשי</translation>
    </message>
</context>
<context>
    <name>Glance::MainWindow</name>
    <message>
        <source>About Glance Inventory</source>
        <translation>אודות מלאי Glance</translation>
    </message>
    <message>
        <source>Glance Inventory %1
Stock, adjustments and stocktakes for Glance.</source>
        <translation>מלאי Glance ⁨%1⁩
מלאי, התאמות וספירות מלאי ב־Glance.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: the account&apos;s name, then the application&apos;s name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Needs a connection to Glance. You are offline.</source>
        <translation>נדרש חיבור ל־Glance, ואין חיבור כרגע.</translation>
    </message>
    <message>
        <source>Needs a connection to Glance. Signing in has not finished.</source>
        <translation>נדרש חיבור ל־Glance, וההתחברות לחשבון עוד לא הסתיימה.</translation>
    </message>
</context>
<context>
    <name>Glance::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>מידע</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a message banner saying something succeeded</comment>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>סגירת ההודעה</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>סגירת ההודעה</translation>
    </message>
</context>
<context>
    <name>Glance::MovementsModel</name>
    <message>
        <source>Adjustment</source>
        <comment>movement type</comment>
        <translation>התאמה</translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>movement type</comment>
        <translation>העברה</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>movement type: the record was created</comment>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>movement type: the quantity was set</comment>
        <translation>עדכון כמות</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>movement type: the record was deleted</comment>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>מחסן ⁨%1⁩</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>column header: kind of stock movement</comment>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column header: quantity added (+) or removed (-)</comment>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>From</source>
        <comment>column header: warehouse the stock left</comment>
        <translation>ממחסן</translation>
    </message>
    <message>
        <source>To</source>
        <comment>column header: warehouse the stock went to</comment>
        <translation>למחסן</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>Glance::NewStocktakeDialog</name>
    <message>
        <source>Stocktake %1</source>
        <translation>ספירת מלאי ⁨%1⁩</translation>
    </message>
    <message>
        <source>Start Counting</source>
        <translation>התחלת ספירה</translation>
    </message>
    <message>
        <source>Give the stocktake a title.</source>
        <translation>יש לתת לספירה כותרת.</translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation>יש לבחור מחסן.</translation>
    </message>
    <message>
        <source>Type the search or the SKUs of the scope.</source>
        <translation>יש להקליד את החיפוש או את המק״טים של היקף הספירה.</translation>
    </message>
    <message>
        <source>Type the locations to count, one a line.</source>
        <translation>יש להקליד את המיקומים לספירה, מיקום אחד בכל שורה.</translation>
    </message>
</context>
<context>
    <name>Glance::ProductPicker</name>
    <message>
        <source>%1 — %2</source>
        <comment>SKU — product name</comment>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>Glance::ProductStockModel</name>
    <message>
        <source>Warehouse %1</source>
        <translation>מחסן ⁨%1⁩</translation>
    </message>
    <message>
        <source>Show this warehouse&apos;s inventory</source>
        <translation>הצגת המלאי של המחסן הזה</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>מלאי נמוך</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>מחסן</translation>
    </message>
    <message>
        <source>Location</source>
        <comment>place inside a warehouse, e.g. a shelf</comment>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Reserved</source>
        <comment>column header: quantity reserved for orders</comment>
        <translation>משוריין</translation>
    </message>
</context>
<context>
    <name>Glance::ProductStockPanel</name>
    <message>
        <source>Choose a row and press Enter, or type a SKU, to see a product&apos;s stock in every warehouse.</source>
        <translation>כדי לראות את המלאי של מוצר בכל המחסנים, יש לבחור שורה ולהקיש Enter, או להקליד מק״ט.</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>מוצר ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n warehouse(s)</source>
        <extracomment>%1 is a quantity; %n the number of warehouses holding the product</extracomment>
        <translation>
            <numerusform>סה״כ: ⁨%1⁩ במחסן אחד</numerusform>
            <numerusform>סה״כ: ⁨%1⁩ ב־⁨%n⁩ מחסנים</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <source>This product has no stock records in any warehouse.</source>
        <translation>למוצר הזה אין רשומות מלאי באף מחסן.</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>מק״ט ⁨%1⁩</translation>
    </message>
    <message>
        <source>Stock of %1 in every warehouse</source>
        <translation>המלאי של ⁨%1⁩ בכל המחסנים</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>%1 the date and time the stock was printed or exported</extracomment>
        <translation>נכון ל־⁨%1⁩</translation>
    </message>
    <message>
        <source>product-stock</source>
        <extracomment>a file name suggested for an export (no extension)</extracomment>
        <translation>מלאי-מוצר</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;ייצוא ל־CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ה&amp;דפסה…</translation>
    </message>
</context>
<context>
    <name>Glance::Profile</name>
    <message>
        <source>Demo</source>
        <comment>profile name</comment>
        <translation>הדגמה</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the profile&apos;s name, %2 the server address (host and port)</extracomment>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
</context>
<context>
    <name>Glance::ProfileSwitcher</name>
    <message>
        <source>The Glance account shown in this window</source>
        <translation>חשבון Glance שמוצג בחלון הזה</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
</context>
<context>
    <name>Glance::ReasonsDialog</name>
    <message>
        <source>Adds stock</source>
        <translation>הוספה למלאי</translation>
    </message>
    <message>
        <source>Removes stock</source>
        <translation>הורדה מהמלאי</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>לשני הכיוונים</translation>
    </message>
</context>
<context>
    <name>Glance::RecordDetailDialog</name>
    <message>
        <source>Not given</source>
        <comment>a value the server did not send</comment>
        <translation>לא צוין</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>מוצר ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 — inventory record</source>
        <comment>window title; %1 is the product name</comment>
        <translation>⁨%1⁩ — רשומת מלאי</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>מחסן ⁨%1⁩</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no location inside the warehouse</comment>
        <translation>ללא</translation>
    </message>
    <message>
        <source>Reading the current state from Glance…</source>
        <translation>קוראים את המצב הנוכחי מ־Glance…</translation>
    </message>
    <message>
        <source>Up to date as of %1</source>
        <translation>נכון ל־⁨%1⁩</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>טוענים את ההיסטוריה…</translation>
    </message>
    <message>
        <source>No movements recorded for this product in this warehouse.</source>
        <translation>לא נרשמו תנועות מלאי למוצר הזה במחסן הזה.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
</context>
<context>
    <name>Glance::ReviewModel</name>
    <message>
        <source>Set to zero</source>
        <translation>יאופס</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>לא נספר</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>לספירה חוזרת</translation>
    </message>
    <message>
        <source>Large difference</source>
        <translation>הפרש גדול</translation>
    </message>
    <message>
        <source>Moved since counted</source>
        <translation>היו תנועות מאז הספירה</translation>
    </message>
    <message>
        <source>The quantity in Glance when the product was first counted: the quantity at the start plus the movements until then.</source>
        <translation>היתרה במערכת כשהמוצר נספר לראשונה: היתרה בתחילת הספירה ועוד התנועות עד אז.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>מק״ט</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>In system</source>
        <translation>במערכת</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>נספר</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>הפרש</translation>
    </message>
    <message>
        <source>At count time</source>
        <translation>בזמן הספירה</translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation>תנועות מאז</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>The difference times the product&apos;s unit cost in Glance (Read Costs).</source>
        <translation>ההפרש כפול העלות ליחידה של המוצר ב־Glance (קריאת עלויות).</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>שווי בעלות</translation>
    </message>
    <message>
        <source>Counted at %1</source>
        <extracomment>%1 where it was counted, e.g. &quot;Shelf A3: 5, Bin 7: 2&quot;</extracomment>
        <translation>נספר במיקום: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Glance::ReviewWindow</name>
    <message>
        <source>Reading the movements since the stocktake started…</source>
        <translation>קוראים את תנועות המלאי מאז תחילת הספירה…</translation>
    </message>
    <message>
        <source>Movements read. %1 line(s) moved since they were counted; %2 to check.</source>
        <translation>התנועות נקראו. בשורות: ⁨%1⁩ היו תנועות מאז הספירה; ⁨%2⁩ לבדיקה.</translation>
    </message>
    <message>
        <source>The movements could not be read: %1</source>
        <translation>לא ניתן היה לקרוא את התנועות: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Stock updated.</source>
        <translation>המלאי עודכן.</translation>
    </message>
    <message>
        <source>Review Differences: %1</source>
        <extracomment>%1 the stocktake&apos;s title</extracomment>
        <translation>בדיקת הפרשים: ⁨%1⁩</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>כל השורות</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>הפרשים</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>לא נספרו</translation>
    </message>
    <message>
        <source>Large differences</source>
        <translation>הפרשים גדולים</translation>
    </message>
    <message>
        <source>For recount</source>
        <translation>לספירה חוזרת</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>לבדיקה</translation>
    </message>
    <message>
        <source>Moved since counted</source>
        <translation>תנועות מאז הספירה</translation>
    </message>
    <message>
        <source>Leave them alone</source>
        <translation>להשאיר כמו שהם</translation>
    </message>
    <message>
        <source>Set them to zero</source>
        <translation>איפוס מוצרים שלא נספרו</translation>
    </message>
    <message numerus="yes">
        <source>%1 not counted; setting them to zero changes %n of them.</source>
        <translation>
            <numerusform>לא נספרו: ⁨%1⁩; האיפוס ישנה מוצר אחד מהם.</numerusform>
            <numerusform>לא נספרו: ⁨%1⁩; יאופסו ⁨%n⁩ מוצרים מהם.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, warehouse %2: %3 of %4 products counted. Total surplus %5, total shortage %6.</source>
        <translation>⁨%1⁩, מחסן ⁨%2⁩: נספרו ⁨%3⁩ מתוך ⁨%4⁩ מוצרים. סה״כ עודפים ⁨%5⁩, סה״כ חוסרים ⁨%6⁩.</translation>
    </message>
    <message>
        <source>Updating the stock… %1 of %2 lines applied.</source>
        <translation>מעדכנים את המלאי… בוצעו ⁨%1⁩ מתוך ⁨%2⁩ שורות.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines applied; %n not applied (see each line).</source>
        <translation>
            <numerusform>בוצעו ⁨%1⁩ מתוך ⁨%2⁩ שורות; שורה אחת לא בוצעה (הפרטים בשורה).</numerusform>
            <numerusform>בוצעו ⁨%1⁩ מתוך ⁨%2⁩ שורות; ⁨%n⁩ לא בוצעו (הפרטים בכל שורה).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked for recount: continue counting to count them again.</source>
        <translation>
            <numerusform>שורה אחת סומנה לספירה חוזרת: אפשר להמשיך בספירה ולספור אותה שוב.</numerusform>
            <numerusform>⁨%n⁩ שורות סומנו לספירה חוזרת: אפשר להמשיך בספירה ולספור אותן שוב.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the connection…</source>
        <translation>ממתינים לחיבור…</translation>
    </message>
    <message>
        <source>Updating the stock…</source>
        <translation>מעדכנים את המלאי…</translation>
    </message>
    <message>
        <source>Save the Difference Report as PDF</source>
        <translation>שמירת דוח ההפרשים כ־PDF</translation>
    </message>
    <message>
        <source>differences.pdf</source>
        <translation>הפרשים.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Differences (CSV)</source>
        <translation>ייצוא הפרשים (CSV)</translation>
    </message>
    <message>
        <source>differences.csv</source>
        <translation>הפרשים.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Stock updated. %n line(s) to check were left unchanged, as chosen when applying.</source>
        <translation>
            <numerusform>המלאי עודכן. שורה אחת לבדיקה נשארה ללא שינוי, כפי שנבחר בעדכון.</numerusform>
            <numerusform>המלאי עודכן. ⁨%n⁩ שורות לבדיקה נשארו ללא שינוי, כפי שנבחר בעדכון.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave Lines to Check Unchanged?</source>
        <translation>להשאיר את השורות לבדיקה ללא שינוי?</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to check will be left unchanged: their stock moved close to the time they were counted, so the difference cannot be computed with certainty. Mark them for recount and count them again, or tick &quot;Also apply the lines marked to check&quot; to apply them as computed.</source>
        <translation>
            <numerusform>שורה אחת לבדיקה תישאר ללא שינוי: היו בה תנועות מלאי סמוך לזמן הספירה, ולכן אי אפשר לחשב את ההפרש בוודאות. אפשר לסמן אותה לספירה חוזרת ולספור אותה שוב, או לסמן &quot;לעדכן גם את השורות שסומנו לבדיקה&quot; כדי לעדכן אותה לפי החישוב.</numerusform>
            <numerusform>⁨%n⁩ שורות לבדיקה יישארו ללא שינוי: היו בהן תנועות מלאי סמוך לזמן הספירה, ולכן אי אפשר לחשב את ההפרש בוודאות. אפשר לסמן אותן לספירה חוזרת ולספור אותן שוב, או לסמן &quot;לעדכן גם את השורות שסומנו לבדיקה&quot; כדי לעדכן אותן לפי החישוב.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply the Others</source>
        <translation>&amp;עדכון השאר</translation>
    </message>
    <message>
        <source>Value of the differences at cost: %1.</source>
        <translation>שווי ההפרשים בעלות: ⁨%1⁩.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a difference have no cost in Glance.</source>
        <translation>
            <numerusform>לשורה אחת עם הפרש אין עלות ב־Glance.</numerusform>
            <numerusform>ל־⁨%n⁩ שורות עם הפרש אין עלות ב־Glance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the costs… %1 of %2 products.</source>
        <translation>קוראים את העלויות… ⁨%1⁩ מתוך ⁨%2⁩ מוצרים.</translation>
    </message>
    <message numerus="yes">
        <source>Costs read: %n product(s) have a cost.</source>
        <translation>
            <numerusform>העלויות נקראו: למוצר אחד יש עלות.</numerusform>
            <numerusform>העלויות נקראו: ל־⁨%n⁩ מוצרים יש עלות.</numerusform>
        </translation>
    </message>
    <message>
        <source>The costs could not be read: %1</source>
        <translation>לא ניתן היה לקרוא את העלויות: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Reading the costs…</source>
        <translation>קוראים את העלויות…</translation>
    </message>
    <message>
        <source>Counted away from their location</source>
        <translation>נספרו מחוץ למיקום שלהם</translation>
    </message>
</context>
<context>
    <name>Glance::SandboxProcess</name>
    <message>
        <source>The demo server printed an unexpected first line.</source>
        <translation>שרת ההדגמה הדפיס שורה ראשונה לא צפויה.</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>לא ניתן היה להפעיל את שרת ההדגמה (⁨%1⁩): ⁨%2⁩</translation>
    </message>
    <message>
        <source>The demo server crashed while starting. %1</source>
        <translation>שרת ההדגמה קרס בזמן ההפעלה. ⁨%1⁩</translation>
    </message>
    <message>
        <source>The demo server exited with code %1 while starting. %2</source>
        <translation>שרת ההדגמה הסתיים עם קוד ⁨%1⁩ בזמן ההפעלה. ⁨%2⁩</translation>
    </message>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation>שרת ההדגמה לא הופעל תוך ⁨%1⁩ שניות.</translation>
    </message>
    <message>
        <source>The demo server is not installed (%1 was not found). It is part of the installer: install Glance Inventory again.</source>
        <translation>שרת ההדגמה אינו מותקן (⁨%1⁩ לא נמצא). הוא חלק מתוכנית ההתקנה: יש להתקין את מלאי Glance מחדש.</translation>
    </message>
    <message>
        <source>The demo server is not installed (%1 was not found). It comes in a package of its own: on Debian or Ubuntu, install it with “sudo apt install glance-inventory-demo”.</source>
        <translation>שרת ההדגמה אינו מותקן (⁨%1⁩ לא נמצא). הוא מגיע בחבילה נפרדת: ב־Debian או ב־Ubuntu מתקינים אותו בפקודה &quot;⁨sudo apt install glance-inventory-demo⁩&quot;.</translation>
    </message>
</context>
<context>
    <name>Glance::SettingsDialog</name>
    <message>
        <source>System language (%1)</source>
        <translation>שפת המערכת (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>adjustment reason</comment>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Usually</source>
        <comment>direction of a stock change</comment>
        <translation>בדרך כלל</translation>
    </message>
    <message>
        <source>Adds stock</source>
        <translation>הוספה למלאי</translation>
    </message>
    <message>
        <source>Removes stock</source>
        <translation>הורדה מהמלאי</translation>
    </message>
    <message>
        <source>Either way</source>
        <comment>adds or removes stock</comment>
        <translation>לשני הכיוונים</translation>
    </message>
    <message>
        <source>Usual direction of the reason in row %1</source>
        <translation>הכיוון הרגיל של הסיבה בשורה ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Glance::ShortcutsDialog</name>
    <message>
        <source>%1: %2</source>
        <comment>a shortcut read aloud: the action, then its keys</comment>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>החלון הראשי</translation>
    </message>
    <message>
        <source>Batch adjustment</source>
        <translation>התאמת מלאי מרוכזת</translation>
    </message>
    <message>
        <source>Adjustment history</source>
        <translation>היסטוריית התאמות</translation>
    </message>
    <message>
        <source>Stocktake: counting</source>
        <translation>ספירת מלאי: ספירה</translation>
    </message>
    <message>
        <source>Stocktake: review</source>
        <translation>ספירת מלאי: בדיקת הפרשים</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>ספירות מלאי</translation>
    </message>
</context>
<context>
    <name>Glance::SignInChecker</name>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>יש להזין את כתובת השרת, למשל ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Glance did not accept this key. Check that you copied the whole key, or create a new one in Glance.</source>
        <translation>המפתח הזה לא התקבל ב־Glance. יש לוודא שהמפתח הועתק במלואו, או ליצור מפתח חדש ב־Glance.</translation>
    </message>
    <message>
        <source>Glance knows this key but does not let it read the inventory. Ask the account owner for a key with access to the inventory, or create one with another role.</source>
        <translation>המפתח מוכר ב־Glance אבל אין לו הרשאה לקרוא את המלאי. אפשר לבקש מבעל החשבון מפתח עם גישה למלאי, או ליצור מפתח עם הרשאה אחרת.</translation>
    </message>
    <message>
        <source>The server at this address does not answer like Glance. Check the server address under Advanced.</source>
        <translation>השרת בכתובת הזו לא עונה כמו Glance. יש לבדוק את כתובת השרת תחת &quot;מתקדם&quot;.</translation>
    </message>
    <message>
        <source>Glance refused to check this key (error %1). Check the key and the server address, then try again.</source>
        <extracomment>%1 is an HTTP status code, e.g. 400</extracomment>
        <translation>בדיקת המפתח נדחתה על ידי Glance (שגיאה ⁨%1⁩). יש לבדוק את המפתח ואת כתובת השרת ולנסות שוב.</translation>
    </message>
</context>
<context>
    <name>Glance::SignInDialog</name>
    <message>
        <source>Glance account</source>
        <comment>default profile name</comment>
        <translation>חשבון Glance</translation>
    </message>
    <message>
        <source>Checking the key with Glance…</source>
        <translation>בודקים את המפתח מול Glance…</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>שומרים את המפתח במחזיק המפתחות של המערכת…</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>the API key</comment>
        <translation>הסתרה</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the API key</comment>
        <translation>הצגה</translation>
    </message>
</context>
<context>
    <name>Glance::StocktakeApplier</name>
    <message>
        <source>This stocktake was applied already.</source>
        <translation>המלאי כבר עודכן לפי הספירה הזאת.</translation>
    </message>
    <message>
        <source>Nothing to apply: every counted quantity matches.</source>
        <translation>אין מה לעדכן: כל הכמויות שנספרו תואמות.</translation>
    </message>
    <message>
        <source>Another window or copy of the app is applying changes of this account (%1).</source>
        <translation>חלון אחר או עותק אחר של התוכנה שולח שינויים של החשבון הזה (⁨%1⁩).</translation>
    </message>
    <message>
        <source>This stocktake was applied already, in another window or copy of the app. Close this window and open it again from Inventory → Stocktakes.</source>
        <translation>ספירת המלאי הזו כבר עודכנה, בחלון אחר או בעותק אחר של התוכנה. יש לסגור את החלון הזה ולפתוח אותה שוב מהתפריט (&quot;מלאי ← ספירות מלאי&quot;).</translation>
    </message>
</context>
<context>
    <name>Glance::StocktakeCountWriter</name>
    <message>
        <source>This change to the counts could not be saved on this computer (%1), so it was not made. Free some disk space or check the folder’s permissions, then try again; the counts before it are saved.</source>
        <translation>לא ניתן לשמור את השינוי בספירה במחשב הזה (⁨%1⁩), ולכן הוא לא בוצע. יש לפנות מקום בדיסק או לבדוק את ההרשאות של התיקייה ולנסות שוב; הספירות שלפניו שמורות.</translation>
    </message>
</context>
<context>
    <name>Glance::StocktakeListModel</name>
    <message>
        <source>Fetching quantities</source>
        <translation>טוענים יתרות</translation>
    </message>
    <message>
        <source>Open (blind count)</source>
        <translation>פתוחה (ספירה עיוורת)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתוחה</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>מעדכנים את המלאי</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>סגורה</translation>
    </message>
    <message>
        <source>Stock updated</source>
        <translation>עודכנה במלאי</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>מחסן</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>התחלה</translation>
    </message>
</context>
<context>
    <name>Glance::SubmissionHistoryModel</name>
    <message numerus="yes">
        <source>Open: %n row(s) with an unknown outcome</source>
        <translation>
            <numerusform>פתוח: שורה אחת שתוצאתה לא ידועה</numerusform>
            <numerusform>פתוח: ⁨%n⁩ שורות שתוצאתן לא ידועה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: %n row(s) need your decision</source>
        <translation>
            <numerusform>פתוח: שורה אחת מחכה להחלטה שלך</numerusform>
            <numerusform>פתוח: ⁨%n⁩ שורות מחכות להחלטה שלך</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1 of %2 applied</source>
        <translation>פתוח: ⁨%1⁩ מתוך ⁨%2⁩ בוצעו</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) applied</source>
        <translation>
            <numerusform>השורה בוצעה</numerusform>
            <numerusform>כל ⁨%n⁩ השורות בוצעו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied (%n row(s) returned to the draft)</source>
        <translation>
            <numerusform>לא בוצע (שורה אחת הוחזרה לטיוטה)</numerusform>
            <numerusform>לא בוצע (⁨%n⁩ שורות הוחזרו לטיוטה)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 applied; the rest returned to the draft</source>
        <translation>⁨%1⁩ מתוך ⁨%2⁩ בוצעו; השאר הוחזרו לטיוטה</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>ספירת מלאי</translation>
    </message>
    <message>
        <source>Batch adjustment</source>
        <translation>התאמת מלאי מרוכזת</translation>
    </message>
    <message>
        <source>When</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>What</source>
        <comment>kind of submission</comment>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>שורות</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Reversal</source>
        <comment>kind of submission: the opposite of an earlier one</comment>
        <translation>ביטול התאמה</translation>
    </message>
    <message>
        <source>%1; reversed later</source>
        <extracomment>%1 what happened to the rows (e.g. &quot;All 3 rows applied&quot;)</extracomment>
        <translation>⁨%1⁩; ההתאמה בוטלה מאוחר יותר</translation>
    </message>
</context>
<context>
    <name>Glance::SubmissionJournal</name>
    <message>
        <source>This batch reverses adjustments that were reversed already (see Adjustment History). Nothing was sent.</source>
        <translation>ההתאמה המרוכזת הזו מבטלת התאמות שכבר בוטלו (ראו &quot;היסטוריית התאמות&quot;). שום דבר לא נשלח.</translation>
    </message>
</context>
<context>
    <name>Glance::SubmissionLinesModel</name>
    <message>
        <source>To send again</source>
        <translation>לשליחה חוזרת</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>טרם נשלחה</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>בשליחה…</translation>
    </message>
    <message>
        <source>Applied (checked)</source>
        <translation>בוצעה (נבדקה)</translation>
    </message>
    <message>
        <source>Applied (your decision)</source>
        <translation>בוצעה (לפי החלטתך)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>בוצעה</translation>
    </message>
    <message>
        <source>Not applied (checked)</source>
        <translation>לא בוצעה (נבדקה)</translation>
    </message>
    <message>
        <source>Not applied (your decision)</source>
        <translation>לא בוצעה (לפי החלטתך)</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>לא בוצעה</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>התוצאה לא ידועה</translation>
    </message>
    <message>
        <source>Unclear: your decision</source>
        <translation>לא ברור: נדרשת החלטתך</translation>
    </message>
    <message>
        <source>The editor showed %1, but the quantity was %2 when the change was applied: stock moved meanwhile.</source>
        <translation>בעורך הוצגה יתרה של ⁨%1⁩, אבל בזמן ביצוע השינוי היתרה הייתה ⁨%2⁩: היו תנועות מלאי בינתיים.</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>מחסן ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>message, then hint</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>מק״ט</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>מחסן</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>signed amount to add or remove</comment>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>Shown</source>
        <comment>quantity the editor showed</comment>
        <translation>בעורך</translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>quantity before the change</comment>
        <translation>יתרה לפני</translation>
    </message>
    <message>
        <source>New</source>
        <comment>quantity after the change</comment>
        <translation>יתרה אחרי</translation>
    </message>
    <message>
        <source>Part</source>
        <comment>which request of the submission carried the row</comment>
        <translation>חלק</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
</context>
<context>
    <name>Glance::SubmissionResultsPanel</name>
    <message numerus="yes">
        <source>Part %1: %n row(s) still open.</source>
        <translation>
            <numerusform>חלק ⁨%1⁩: שורה אחת עדיין פתוחה.</numerusform>
            <numerusform>חלק ⁨%1⁩: ⁨%n⁩ שורות עדיין פתוחות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part %1: %n row(s) applied.</source>
        <translation>
            <numerusform>חלק ⁨%1⁩: שורה אחת בוצעה.</numerusform>
            <numerusform>חלק ⁨%1⁩: ⁨%n⁩ שורות בוצעו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part %1: %2 applied, %3 not applied.</source>
        <translation>חלק ⁨%1⁩: ⁨%2⁩ בוצעו, ⁨%3⁩ לא בוצעו.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n row(s).</source>
        <translation>
            <numerusform>טרם נשלחה: שורה אחת.</numerusform>
            <numerusform>טרם נשלחו: ⁨%n⁩ שורות.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading current quantities before sending part %1 of %2…</source>
        <translation>קוראים את הכמויות הנוכחיות לפני שליחת חלק ⁨%1⁩ מתוך ⁨%2⁩…</translation>
    </message>
    <message>
        <source>Sending part %1 of %2…</source>
        <translation>שולחים את חלק ⁨%1⁩ מתוך ⁨%2⁩…</translation>
    </message>
    <message numerus="yes">
        <source>Done: all %n row(s) applied.</source>
        <translation>
            <numerusform>הסתיים: השורה בוצעה.</numerusform>
            <numerusform>הסתיים: כל ⁨%n⁩ השורות בוצעו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be checked yet. Check again when the connection is back; nothing is sent again until then.</source>
        <translation>
            <numerusform>עדיין לא ניתן היה לבדוק שורה אחת. יש לבדוק שוב כשהחיבור יחזור; עד אז שום דבר לא יישלח שוב.</numerusform>
            <numerusform>עדיין לא ניתן היה לבדוק ⁨%n⁩ שורות. יש לבדוק שוב כשהחיבור יחזור; עד אז שום דבר לא יישלח שוב.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not applied. Send only those again, or return them to the draft.</source>
        <translation>
            <numerusform>שורה אחת לא בוצעה. אפשר לשלוח שוב רק אותה, או להחזיר אותה לטיוטה.</numerusform>
            <numerusform>⁨%n⁩ שורות לא בוצעו. אפשר לשלוח שוב רק אותן, או להחזיר אותן לטיוטה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not sent yet.</source>
        <translation>
            <numerusform>שורה אחת טרם נשלחה.</numerusform>
            <numerusform>⁨%n⁩ שורות טרם נשלחו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %n Not Applied Row(s) &amp;Again</source>
        <translation>
            <numerusform>&amp;שליחה חוזרת של השורה שלא בוצעה</numerusform>
            <numerusform>&amp;שליחה חוזרת של ⁨%n⁩ השורות שלא בוצעו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the &amp;Remaining %n Row(s)</source>
        <translation>
            <numerusform>שליחת השורה ה&amp;נותרת</numerusform>
            <numerusform>שליחת ⁨%n⁩ השורות ה&amp;נותרות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed: %1 of %Ln row(s) applied; the rest went back to the draft.</source>
        <extracomment>%1 is how many rows were applied, %n how many the submission has</extracomment>
        <translation>
            <numerusform>נסגר: ⁨%1⁩ מתוך שורה אחת בוצעו; השאר חזרו לטיוטה.</numerusform>
            <numerusform>נסגר: ⁨%1⁩ מתוך ⁨%Ln⁩ שורות בוצעו; השאר חזרו לטיוטה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part %1: %n row(s) not applied.</source>
        <translation>
            <numerusform>חלק ⁨%1⁩: שורה אחת לא בוצעה.</numerusform>
            <numerusform>חלק ⁨%1⁩: ⁨%n⁩ שורות לא בוצעו.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost. Checking the records and Glance&apos;s history to see what was applied…</source>
        <translation>התשובה אבדה. בודקים את הרשומות ואת ההיסטוריה ב־Glance כדי לראות מה בוצע…</translation>
    </message>
    <message numerus="yes">
        <source>The answer was lost and Glance may still apply the request. %n row(s) are checked again at %1; nothing is sent again before that.</source>
        <extracomment>%1 a time</extracomment>
        <translation>
            <numerusform>התשובה אבדה וייתכן ש־Glance עוד תבצע את הבקשה. שורה אחת תיבדק שוב ב־⁨%1⁩; עד אז לא נשלח דבר שוב.</numerusform>
            <numerusform>התשובה אבדה וייתכן ש־Glance עוד תבצע את הבקשה. ⁨%n⁩ שורות ייבדקו שוב ב־⁨%1⁩; עד אז לא נשלח דבר שוב.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n row(s) it cannot be told whether they were applied. Point at a row to see what was found, then select it and say whether it was applied.</source>
        <translation>
            <numerusform>לגבי שורה אחת לא ניתן לדעת אם בוצעה. אפשר להצביע על השורה כדי לראות מה נמצא, ואז לבחור אותה ולציין אם בוצעה.</numerusform>
            <numerusform>לגבי ⁨%n⁩ שורות לא ניתן לדעת אם בוצעו. אפשר להצביע על שורה כדי לראות מה נמצא, ואז לבחור אותה ולציין אם בוצעה.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glance::ViewExporter</name>
    <message>
        <source>The printer could not be used.</source>
        <translation>לא ניתן היה להשתמש במדפסת.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <extracomment>%n the number of pages</extracomment>
        <translation>
            <numerusform>נשלח עמוד אחד למדפסת.</numerusform>
            <numerusform>נשלחו ⁨%n⁩ עמודים למדפסת.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>ייצוא ל־CSV</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>שמירה כ־PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>הפעולה הופסקה.</translation>
    </message>
    <message>
        <source>Stopped; %1 was not written.</source>
        <translation>הפעולה הופסקה; הקובץ ⁨%1⁩ לא נכתב.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 the file name, %2 why (a sentence from the system, e.g. &quot;No space left on device&quot;)</extracomment>
        <translation>לא ניתן היה לכתוב את הקובץ ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <extracomment>%n the number of rows, %1 the file name</extracomment>
        <translation>
            <numerusform>נכתבה שורה אחת לקובץ ⁨%1⁩.</numerusform>
            <numerusform>נכתבו ⁨%n⁩ שורות לקובץ ⁨%1⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>תצוגה לפני הדפסה</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
</context>
<context>
    <name>Glance::WarehouseCombo</name>
    <message>
        <source>Choose, or type an id</source>
        <translation>בחירה, או הקלדת מזהה</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>מחסן ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>warehouse name (code)</comment>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation>יש לבחור מחסן.</translation>
    </message>
    <message>
        <source>There is no warehouse “%1”. Choose one from the list or enter its id.</source>
        <translation>אין מחסן &quot;⁨%1⁩&quot;. יש לבחור מחסן מהרשימה או להזין את המזהה שלו.</translation>
    </message>
</context>
<context>
    <name>Glance::WarehouseListModel</name>
    <message>
        <source>All warehouses</source>
        <translation>כל המחסנים</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>מחסן ⁨%1⁩</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>קוד: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Inactive warehouse</source>
        <translation>מחסן לא פעיל</translation>
    </message>
    <message>
        <source>Not known until the records are loaded</source>
        <translation>לא ידוע עד שהרשומות ייטענו</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>מחסן</translation>
    </message>
    <message>
        <source>Records</source>
        <comment>column header: number of inventory records</comment>
        <translation>רשומות</translation>
    </message>
    <message>
        <source>Quantity</source>
        <comment>column header: total units in stock</comment>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>סופרים את הרשומות…</translation>
    </message>
    <message>
        <source>The number of records could not be read. %1</source>
        <extracomment>%1 is a complete sentence saying why (e.g. Glance could not be reached)</extracomment>
        <translation>לא ניתן היה לקרוא את מספר הרשומות. ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Glance::WriteAccess</name>
    <message>
        <source>This API key is read-only, so changes are turned off. Ask the account owner for a key with the editor role, or choose “Check again” after the role changed.</source>
        <translation>למפתח ה־API הזה יש הרשאת קריאה בלבד, ולכן שינויים מושבתים. יש לבקש מבעל החשבון מפתח עם הרשאת עורך, או לבחור &quot;בדיקה חוזרת&quot; אחרי שההרשאה שונתה.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Adjustment History</source>
        <translation>היסטוריית התאמות</translation>
    </message>
    <message>
        <source>Adjustments sent from this computer with this profile: what, when, and what happened to each row.</source>
        <translation>התאמות מלאי שנשלחו מהמחשב הזה עם החשבון הזה: מה, מתי, ומה קרה לכל שורה.</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>התאמות שנשלחו</translation>
    </message>
    <message>
        <source>Rows of the selected submission</source>
        <translation>השורות של ההתאמה שנבחרה</translation>
    </message>
    <message>
        <source>&amp;Open to Finish</source>
        <translation>&amp;פתיחה להשלמה</translation>
    </message>
    <message>
        <source>Check, decide or send what is still open in this submission</source>
        <translation>בדיקה, החלטה או שליחה של מה שעדיין פתוח בהתאמה הזו</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
    <message>
        <source>Open to finish</source>
        <translation>פתיחה להשלמה</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;ביטול התאמה…</translation>
    </message>
    <message>
        <source>Prepare the opposite of the applied rows (all of them, or the selected ones) as a new batch to review and send</source>
        <translation>הכנת ההפך של השורות שבוצעו (כולן, או אלה שנבחרו) כהתאמה מרוכזת חדשה, לבדיקה ולשליחה</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>ביטול התאמה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>&amp;Export Rows as CSV…</source>
        <translation>&amp;ייצוא השורות ל־CSV…</translation>
    </message>
    <message>
        <source>Save the rows of the selected submission, as shown, for a spreadsheet</source>
        <translation>שמירת השורות של ההתאמה שנבחרה, כפי שהן מוצגות, לגיליון אלקטרוני</translation>
    </message>
    <message>
        <source>&amp;Print Rows…</source>
        <translation>ה&amp;דפסת השורות…</translation>
    </message>
    <message>
        <source>Preview and print the rows of the selected submission, or save them as PDF</source>
        <translation>תצוגה לפני הדפסה והדפסה של השורות של ההתאמה שנבחרה, או שמירה שלהן כ־PDF</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Lines That Cannot Be Imported</source>
        <translation>שורות שלא ניתן לייבא</translation>
    </message>
    <message>
        <source>Lines that cannot be imported</source>
        <translation>שורות שלא ניתן לייבא</translation>
    </message>
</context>
<context>
    <name>IssueSentences</name>
    <message>
        <source>“%1”</source>
        <translation>&quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>There is not enough stock for the change in row %1 (SKU %2), so Glance applied none of the changes sent with it.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>אין מספיק מלאי לשינוי בשורה ⁨%1⁩ (מק״ט ⁨%2⁩), ולכן Glance לא ביצעה אף אחד מהשינויים שנשלחו איתה.</translation>
    </message>
    <message>
        <source>There is not enough stock for one of the changes, so Glance applied none of the changes sent with it.</source>
        <translation>אין מספיק מלאי לאחד השינויים, ולכן Glance לא ביצעה אף אחד מהשינויים שנשלחו איתו.</translation>
    </message>
    <message>
        <source>Glance does not know the product in row %1 (SKU %2); it may have been deleted. None of the changes sent with it were applied.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>המוצר בשורה ⁨%1⁩ (מק״ט ⁨%2⁩) לא מוכר ב־Glance; ייתכן שנמחק. אף אחד מהשינויים שנשלחו איתה לא בוצע.</translation>
    </message>
    <message>
        <source>Glance does not know the product in one of the rows; it may have been deleted. None of the changes sent with it were applied.</source>
        <translation>המוצר באחת השורות לא מוכר ב־Glance; ייתכן שנמחק. אף אחד מהשינויים שנשלחו איתה לא בוצע.</translation>
    </message>
    <message>
        <source>Glance could not find this product; it may have been deleted. Refresh the list and try again.</source>
        <translation>המוצר לא נמצא ב־Glance; ייתכן שנמחק. יש לרענן את הרשימה ולנסות שוב.</translation>
    </message>
    <message>
        <source>Glance does not know the warehouse in row %1 (SKU %2); it may have been deleted. None of the changes sent with it were applied.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>המחסן בשורה ⁨%1⁩ (מק״ט ⁨%2⁩) לא מוכר ב־Glance; ייתכן שנמחק. אף אחד מהשינויים שנשלחו איתה לא בוצע.</translation>
    </message>
    <message>
        <source>Glance does not know the warehouse in one of the rows; it may have been deleted. None of the changes sent with it were applied.</source>
        <translation>המחסן באחת השורות לא מוכר ב־Glance; ייתכן שנמחק. אף אחד מהשינויים שנשלחו איתה לא בוצע.</translation>
    </message>
    <message>
        <source>Glance could not find this warehouse; it may have been deleted. Refresh the list and try again.</source>
        <translation>המחסן לא נמצא ב־Glance; ייתכן שנמחק. יש לרענן את הרשימה ולנסות שוב.</translation>
    </message>
    <message>
        <source>Row %1 (SKU %2) takes stock out of a warehouse where the product has no record, so Glance applied none of the changes sent with it.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>שורה ⁨%1⁩ (מק״ט ⁨%2⁩) מורידה מלאי ממחסן שאין בו רשומה למוצר, ולכן Glance לא ביצעה אף אחד מהשינויים שנשלחו איתה.</translation>
    </message>
    <message>
        <source>One of the rows takes stock out of a warehouse where the product has no record, so Glance applied none of the changes sent with it.</source>
        <translation>אחת השורות מורידה מלאי ממחסן שאין בו רשומה למוצר, ולכן Glance לא ביצעה אף אחד מהשינויים שנשלחו איתה.</translation>
    </message>
    <message>
        <source>Glance could not find this record; it may have been deleted. Refresh the list and try again.</source>
        <translation>הרשומה לא נמצאה ב־Glance; ייתכן שנמחקה. יש לרענן את הרשימה ולנסות שוב.</translation>
    </message>
    <message>
        <source>This product already has a record in this warehouse. Refresh the list and change that record instead.</source>
        <translation>כבר יש למוצר הזה רשומה במחסן הזה. יש לרענן את הרשימה ולשנות את הרשומה הקיימת.</translation>
    </message>
    <message>
        <source>This API key is read-only or may not do this. Ask the account owner for an editor key.</source>
        <translation>למפתח ה־API הזה יש הרשאת קריאה בלבד, או שאין לו הרשאה לפעולה הזו. יש לבקש מבעל החשבון מפתח עם הרשאת עורך.</translation>
    </message>
    <message>
        <source>Glance did not accept the change in row %1 (SKU %2). Check that it is a whole number other than zero and not too large.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>השינוי בשורה ⁨%1⁩ (מק״ט ⁨%2⁩) לא התקבל ב־Glance. יש לוודא שהוא מספר שלם שאינו 0 ואינו גדול מדי.</translation>
    </message>
    <message>
        <source>Glance did not accept the change in one of the rows. Check that each change is a whole number other than zero and not too large.</source>
        <translation>השינוי באחת השורות לא התקבל ב־Glance. יש לוודא שכל שינוי הוא מספר שלם שאינו 0 ואינו גדול מדי.</translation>
    </message>
    <message>
        <source>Glance did not accept the reason in row %1 (SKU %2); it may be too long.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>הסיבה בשורה ⁨%1⁩ (מק״ט ⁨%2⁩) לא התקבלה ב־Glance; ייתכן שהיא ארוכה מדי.</translation>
    </message>
    <message>
        <source>Glance did not accept the reason in one of the rows; it may be too long.</source>
        <translation>הסיבה באחת השורות לא התקבלה ב־Glance; ייתכן שהיא ארוכה מדי.</translation>
    </message>
    <message>
        <source>Glance did not accept the notes in row %1 (SKU %2); they may be too long.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>ההערות בשורה ⁨%1⁩ (מק״ט ⁨%2⁩) לא התקבלו ב־Glance; ייתכן שהן ארוכות מדי.</translation>
    </message>
    <message>
        <source>Glance did not accept the notes in one of the rows; they may be too long.</source>
        <translation>ההערות באחת השורות לא התקבלו ב־Glance; ייתכן שהן ארוכות מדי.</translation>
    </message>
    <message>
        <source>Glance does not know the product in row %1 (SKU %2); it may have been deleted.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>המוצר בשורה ⁨%1⁩ (מק״ט ⁨%2⁩) לא מוכר ב־Glance; ייתכן שנמחק.</translation>
    </message>
    <message>
        <source>Glance does not know the product in one of the rows; it may have been deleted.</source>
        <translation>המוצר באחת השורות לא מוכר ב־Glance; ייתכן שנמחק.</translation>
    </message>
    <message>
        <source>Glance does not know the warehouse in row %1 (SKU %2); it may have been deleted.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>המחסן בשורה ⁨%1⁩ (מק״ט ⁨%2⁩) לא מוכר ב־Glance; ייתכן שנמחק.</translation>
    </message>
    <message>
        <source>Glance does not know the warehouse in one of the rows; it may have been deleted.</source>
        <translation>המחסן באחת השורות לא מוכר ב־Glance; ייתכן שנמחק.</translation>
    </message>
    <message>
        <source>Glance did not accept row %1 (SKU %2).</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>שורה ⁨%1⁩ (מק״ט ⁨%2⁩) לא התקבלה ב־Glance.</translation>
    </message>
    <message>
        <source>Glance did not accept one of the rows.</source>
        <translation>אחת השורות לא התקבלה ב־Glance.</translation>
    </message>
    <message>
        <source>Glance did not accept row %1 (SKU %2): %3</source>
        <extracomment>%1 is a row number, %2 its SKU, %3 Glance&apos;s own explanation in quotes</extracomment>
        <translation>שורה ⁨%1⁩ (מק״ט ⁨%2⁩) לא התקבלה ב־Glance: ⁨%3⁩</translation>
    </message>
    <message>
        <source>Glance did not accept one of the rows: %1</source>
        <extracomment>%1 is Glance&apos;s own explanation in quotes</extracomment>
        <translation>אחת השורות לא התקבלה ב־Glance: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Glance did not accept the quantity. Enter a whole number, 0 or more.</source>
        <translation>הכמות לא התקבלה ב־Glance. יש להזין מספר שלם, 0 ומעלה.</translation>
    </message>
    <message>
        <source>Glance did not accept the location; it may be too long.</source>
        <translation>המיקום לא התקבל ב־Glance; ייתכן שהוא ארוך מדי.</translation>
    </message>
    <message>
        <source>Glance does not know this product; it may have been deleted.</source>
        <translation>המוצר הזה לא מוכר ב־Glance; ייתכן שנמחק.</translation>
    </message>
    <message>
        <source>Glance does not know this warehouse; it may have been deleted.</source>
        <translation>המחסן הזה לא מוכר ב־Glance; ייתכן שנמחק.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a field name as Glance calls it, %2 what is wrong with its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Glance did not accept some values: %1. Correct them and try again.</source>
        <extracomment>%1 lists the fields, separated by semicolons</extracomment>
        <translation>חלק מהערכים לא התקבלו ב־Glance: ⁨%1⁩. יש לתקן אותם ולנסות שוב.</translation>
    </message>
    <message numerus="yes">
        <source>Glance found %n more problem(s) of the same kind.</source>
        <translation>
            <numerusform>נמצאה ב־Glance עוד בעיה אחת מאותו סוג.</numerusform>
            <numerusform>נמצאו ב־Glance עוד ⁨%n⁩ בעיות מאותו סוג.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>Drafts cannot be saved on this computer (%1). Your changes stay in the window; free some disk space or check the folder’s permissions.</source>
        <translation>לא ניתן לשמור טיוטות במחשב הזה (⁨%1⁩). השינויים נשארים בחלון; יש לפנות מקום בדיסק או לבדוק את ההרשאות של התיקייה.</translation>
    </message>
    <message>
        <source>The drafts file was written by a newer version of Glance Inventory, so it is left untouched. Update the app to open it (%1).</source>
        <translation>קובץ הטיוטות נכתב בגרסה חדשה יותר של מלאי Glance, ולכן הוא נשאר כמו שהוא. כדי לפתוח אותו יש לעדכן את התוכנה (⁨%1⁩).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Glance Inventory</source>
        <translation>מלאי Glance</translation>
    </message>
    <message>
        <source>Search by product, SKU, warehouse or location</source>
        <translation>חיפוש לפי מוצר, מק״ט, מחסן או מיקום</translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation>חיפוש במלאי</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>&amp;רק מלאי נמוך</translation>
    </message>
    <message>
        <source>Show only records at or below their low-stock level</source>
        <translation>הצגת הרשומות שהמלאי בהן ברמת המלאי הנמוך או מתחתיה בלבד</translation>
    </message>
    <message>
        <source>Loa&amp;d all</source>
        <comment>load every page of records</comment>
        <translation>טעינת ה&amp;כול</translation>
    </message>
    <message>
        <source>Load every record of this view (one request per 100 records)</source>
        <translation>טעינת כל הרשומות בתצוגה הזו (בקשה אחת לכל 100 רשומות)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>התח&amp;ברות…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;ניסיון חוזר</translation>
    </message>
    <message>
        <source>Load all</source>
        <comment>load every page of records</comment>
        <translation>טעינת הכול</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>הסדר המקורי</translation>
    </message>
    <message>
        <source>Remove the sort: show the records in the server&apos;s order</source>
        <translation>ביטול המיון: הצגת הרשומות בסדר של השרת</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>מחסנים</translation>
    </message>
    <message>
        <source>Inventory records</source>
        <translation>רשומות מלאי</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <comment>menu of actions on inventory records</comment>
        <translation>&amp;מלאי</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <source>Check the shown records against Glance again</source>
        <translation>בדיקה חוזרת של הרשומות המוצגות מול Glance</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <source>Find Product by &amp;SKU…</source>
        <translation>חיפוש מוצר לפי &amp;מק״ט…</translation>
    </message>
    <message>
        <source>Type or scan a SKU to see the product&apos;s stock in every warehouse</source>
        <translation>הקלדה או סריקה של מק״ט כדי לראות את המלאי של המוצר בכל המחסנים</translation>
    </message>
    <message>
        <source>&amp;Low Stock Only</source>
        <translation>רק מלאי &amp;נמוך</translation>
    </message>
    <message>
        <source>Load &amp;All Records</source>
        <comment>load every page of records</comment>
        <translation>טעינת &amp;כל הרשומות</translation>
    </message>
    <message>
        <source>S&amp;top Loading</source>
        <translation>עצירת ה&amp;טעינה</translation>
    </message>
    <message>
        <source>&amp;Original Order</source>
        <translation>ה&amp;סדר המקורי</translation>
    </message>
    <message>
        <source>&amp;Product Panel</source>
        <translation>ח&amp;לונית מוצר</translation>
    </message>
    <message>
        <source>&amp;Stock in Every Warehouse</source>
        <translation>מלאי ב&amp;כל המחסנים</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s stock in every warehouse (Enter)</source>
        <translation>הצגת המלאי של המוצר הנבחר בכל המחסנים (Enter)</translation>
    </message>
    <message>
        <source>&amp;Record Details…</source>
        <translation>&amp;פרטי רשומה…</translation>
    </message>
    <message>
        <source>Re-read the selected record and show its movement history</source>
        <translation>קריאה מחדש של הרשומה הנבחרת והצגת היסטוריית התנועות שלה</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;About Glance Inventory</source>
        <translation>&amp;אודות מלאי Glance</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;ייצוא ל־CSV…</translation>
    </message>
    <message>
        <source>Save the records as the table shows them (filter, sort, columns) for a spreadsheet</source>
        <translation>שמירת הרשומות כפי שהטבלה מציגה אותן (סינון, מיון, עמודות) לגיליון אלקטרוני</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ה&amp;דפסה…</translation>
    </message>
    <message>
        <source>Print the records as the table shows them</source>
        <translation>הדפסת הרשומות כפי שהטבלה מציגה אותן</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;תצוגה לפני הדפסה…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>שמירה כ־&amp;PDF…</translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation>סר&amp;גל כלים</translation>
    </message>
    <message>
        <source>Show or hide the row of buttons under the menus</source>
        <translation>הצגה או הסתרה של שורת הכפתורים שמתחת לתפריטים</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>קיצורי &amp;מקלדת…</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app, window by window</source>
        <translation>כל קיצורי המקלדת של התוכנה, לפי חלון</translation>
    </message>
</context>
<context>
    <name>NewStocktakeDialog</name>
    <message>
        <source>New Stocktake</source>
        <translation>ספירת מלאי חדשה</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;כותרת:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>מ&amp;חסן:</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>מחסן</translation>
    </message>
    <message>
        <source>Count scope</source>
        <translation>היקף הספירה</translation>
    </message>
    <message>
        <source>The whole &amp;warehouse (full count)</source>
        <translation>&amp;כל המחסן (ספירה מלאה)</translation>
    </message>
    <message>
        <source>The whole warehouse</source>
        <translation>כל המחסן</translation>
    </message>
    <message>
        <source>What a &amp;search finds (name, SKU, location)</source>
        <translation>מה ש&amp;חיפוש מוצא (שם, מק״ט, מיקום)</translation>
    </message>
    <message>
        <source>What a search finds</source>
        <translation>מה שחיפוש מוצא</translation>
    </message>
    <message>
        <source>A list of S&amp;KUs</source>
        <translation>רשימת מ&amp;ק״טים</translation>
    </message>
    <message>
        <source>A list of SKUs</source>
        <translation>רשימת מק״טים</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>&amp;רק מלאי נמוך</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>רק מלאי נמוך</translation>
    </message>
    <message>
        <source>&amp;Blind count: without showing the quantity in the system</source>
        <translation>ספירה &amp;עיוורת: בלי להציג את היתרה במערכת</translation>
    </message>
    <message>
        <source>Blind count</source>
        <translation>ספירה עיוורת</translation>
    </message>
    <message>
        <source>Fixed when the stocktake starts: quantities in the system and differences are hidden until counting is finished, in the window, the count sheet and the exports.</source>
        <translation>נקבע בתחילת הספירה: היתרות במערכת וההפרשים מוסתרים עד סיום הספירה, בחלון, בדפי הספירה ובקבצים המיוצאים.</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>כפתורים</translation>
    </message>
    <message>
        <source>Some l&amp;ocations (one a line)</source>
        <translation>&amp;מיקומים מסוימים (אחד בכל שורה)</translation>
    </message>
    <message>
        <source>Some locations</source>
        <translation>מיקומים מסוימים</translation>
    </message>
    <message>
        <source>Only the records at these locations, as Glance writes them (shelf, bin, aisle; upper or lower case alike).</source>
        <translation>רק הרשומות במיקומים האלה, כפי שהם כתובים ב־Glance (מדף, תא, מעבר; אותיות גדולות או קטנות, לא משנה).</translation>
    </message>
    <message>
        <source>Search, SKUs or locations of the scope</source>
        <translation>חיפוש, מק״טים או מיקומים של היקף הספירה</translation>
    </message>
    <message>
        <source>The search, or one SKU or location a line</source>
        <translation>החיפוש, או מק״ט או מיקום אחד בכל שורה</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 the file name, %2 why (a sentence from the system)</extracomment>
        <translation>לא ניתן היה לכתוב את הקובץ ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>נשמר בשם ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>ProductStockPanel</name>
    <message>
        <source>Product stock</source>
        <translation>מלאי המוצר</translation>
    </message>
    <message>
        <source>Type or scan a SKU</source>
        <translation>הקלדה או סריקה של מק״ט</translation>
    </message>
    <message>
        <source>Find a product by SKU</source>
        <translation>חיפוש מוצר לפי מק״ט</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <comment>look up the typed SKU</comment>
        <translation>חי&amp;פוש</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close the product panel</comment>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Close the product panel</source>
        <translation>סגירת חלונית המוצר</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Stock of the product per warehouse</source>
        <translation>מלאי המוצר בכל מחסן</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a warehouse to show its inventory</source>
        <translation>לחיצה כפולה או Enter על מחסן מציגות את המלאי שלו</translation>
    </message>
    <message>
        <source>Total stock of the product</source>
        <translation>סך המלאי של המוצר</translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation>ני&amp;סיון חוזר</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <source>Adjustment Reasons</source>
        <translation>סיבות להתאמת מלאי</translation>
    </message>
    <message>
        <source>Reasons offered in the batch editor, with the direction they usually go. A row whose amount goes the other way gets a warning.</source>
        <translation>הסיבות שמוצעות בעורך ההתאמות המרוכזות, עם הכיוון הרגיל של כל אחת. שורה שהשינוי בה בכיוון ההפוך תקבל אזהרה.</translation>
    </message>
    <message>
        <source>Adjustment reasons</source>
        <translation>סיבות להתאמת מלאי</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>בדרך כלל</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;הוספה</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;שחזור ברירות המחדל</translation>
    </message>
    <message>
        <source>Re&amp;quire a reason on every row</source>
        <translation>&amp;חובה לציין סיבה בכל שורה</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>Checked: the record still does not exist, so this change was not applied.</source>
        <translation>נבדק: הרשומה עדיין לא קיימת, ולכן השינוי הזה לא בוצע.</translation>
    </message>
    <message>
        <source>Not applied: there are %1 of %2 (SKU %3) in %4, not enough for a change of %5.</source>
        <extracomment>%1 a quantity, %2 a product name, %3 its SKU, %4 a warehouse, %5 a signed change</extracomment>
        <translation>לא בוצע: היתרה של ⁨%2⁩ (מק״ט ⁨%3⁩) במחסן ⁨%4⁩ היא ⁨%1⁩, לא מספיק לשינוי של ⁨%5⁩.</translation>
    </message>
    <message>
        <source>Not applied: there is not enough of %1 (SKU %2) in %3 for a change of %4.</source>
        <extracomment>%1 a product name, %2 its SKU, %3 a warehouse, %4 a signed change</extracomment>
        <translation>לא בוצע: אין מספיק מלאי של ⁨%1⁩ (מק״ט ⁨%2⁩) במחסן ⁨%3⁩ לשינוי של ⁨%4⁩.</translation>
    </message>
    <message>
        <source>Not applied: %1 (SKU %2) has no record in %3, so no stock can be taken out there.</source>
        <extracomment>%1 a product name, %2 its SKU, %3 a warehouse</extracomment>
        <translation>לא בוצע: למוצר ⁨%1⁩ (מק״ט ⁨%2⁩) אין רשומה במחסן ⁨%3⁩, ולכן אי אפשר להוריד משם מלאי.</translation>
    </message>
    <message>
        <source>Not applied: Glance does not know the product %1 (SKU %2); it may have been deleted.</source>
        <extracomment>%1 a product name, %2 its SKU</extracomment>
        <translation>לא בוצע: המוצר ⁨%1⁩ (מק״ט ⁨%2⁩) לא מוכר ב־Glance; ייתכן שנמחק.</translation>
    </message>
    <message>
        <source>Not applied: Glance does not know the warehouse %1; it may have been deleted.</source>
        <extracomment>%1 a warehouse name</extracomment>
        <translation>לא בוצע: המחסן ⁨%1⁩ לא מוכר ב־Glance; ייתכן שנמחק.</translation>
    </message>
    <message>
        <source>Not applied: Glance did not accept the change %1. Check that it is a whole number other than zero and not too large.</source>
        <extracomment>%1 a signed change of stock</extracomment>
        <translation>לא בוצע: Glance לא קיבלה את השינוי ⁨%1⁩. יש לוודא שהוא מספר שלם שאינו 0 ואינו גדול מדי.</translation>
    </message>
    <message>
        <source>Not applied: Glance did not accept the reason of this row; it may be too long.</source>
        <translation>לא בוצע: Glance לא קיבלה את הסיבה של השורה הזו; ייתכן שהיא ארוכה מדי.</translation>
    </message>
    <message>
        <source>Not applied: Glance did not accept the notes of this row; they may be too long.</source>
        <translation>לא בוצע: Glance לא קיבלה את ההערות של השורה הזו; ייתכן שהן ארוכות מדי.</translation>
    </message>
    <message>
        <source>Not applied: Glance did not accept this row.</source>
        <translation>לא בוצע: Glance לא קיבלה את השורה הזו.</translation>
    </message>
    <message>
        <source>Glance did not accept this row: %1</source>
        <extracomment>%1 is Glance&apos;s own explanation (in English), e.g. &quot;Insufficient stock: …&quot;</extracomment>
        <translation>השורה הזו לא התקבלה ב־Glance: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Not applied: row %1 (SKU %2), sent together with this row, was refused, and Glance applies rows sent together all or nothing.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation>לא בוצע: שורה ⁨%1⁩ (מק״ט ⁨%2⁩), שנשלחה יחד עם השורה הזו, נדחתה, ו־Glance מבצעת שורות שנשלחו יחד כמקשה אחת: כולן או אף אחת.</translation>
    </message>
    <message>
        <source>Checked: Glance&apos;s history shows this change, made at %1.</source>
        <extracomment>%1 a time</extracomment>
        <translation>נבדק: ההיסטוריה ב־Glance מראה את השינוי הזה, שנעשה ב־⁨%1⁩.</translation>
    </message>
    <message numerus="yes">
        <source>Glance&apos;s history shows this change %n time(s): it was applied more than once. Correct the quantity of this record.</source>
        <translation>
            <numerusform>ההיסטוריה ב־Glance מראה את השינוי הזה פעם אחת: הוא בוצע יותר מפעם אחת. יש לתקן את הכמות ברשומה הזו.</numerusform>
            <numerusform>ההיסטוריה ב־Glance מראה את השינוי הזה ⁨%n⁩ פעמים: הוא בוצע יותר מפעם אחת. יש לתקן את הכמות ברשומה הזו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Glance&apos;s history could not be read, and the quantity alone cannot tell whether this change was applied (other sales and deliveries move it too).</source>
        <translation>לא ניתן היה לקרוא את ההיסטוריה ב־Glance, והכמות לבדה לא מראה אם השינוי הזה בוצע (גם מכירות וקבלות סחורה משנות אותה).</translation>
    </message>
    <message>
        <source>No trace of this change yet. Glance may still apply a request it received late, so it is checked again at %1 before anything is sent again.</source>
        <extracomment>%1 a time</extracomment>
        <translation>עדיין אין סימן לשינוי הזה. ייתכן ש־Glance עוד תבצע בקשה שהגיעה באיחור, ולכן בודקים שוב ב־⁨%1⁩ לפני ששולחים משהו שוב.</translation>
    </message>
    <message>
        <source>Glance&apos;s history does not show whose changes these are, so it cannot tell whether this one was applied.</source>
        <translation>ההיסטוריה ב־Glance לא מראה של מי השינויים, ולכן לא ניתן לדעת אם השינוי הזה בוצע.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the same amount and reason since it was sent: most likely this one was applied.</source>
        <translation>
            <numerusform>שינוי אחד באותה כמות ובאותה סיבה מאז השליחה: כנראה השינוי הזה בוצע.</numerusform>
            <numerusform>⁨%n⁩ שינויים באותה כמות ובאותה סיבה מאז השליחה: כנראה השינוי הזה בוצע.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change of the same amount and reason since it was sent: most likely it was not applied.</source>
        <translation>אין שינוי באותה כמות ובאותה סיבה מאז השליחה: כנראה השינוי הזה לא בוצע.</translation>
    </message>
    <message>
        <source>No trace of this change in Glance&apos;s history, but the quantity of the record could not be read to confirm it.</source>
        <translation>אין סימן לשינוי הזה בהיסטוריה ב־Glance, אבל לא ניתן היה לקרוא את הכמות ברשומה כדי לוודא זאת.</translation>
    </message>
    <message>
        <source>Checked: Glance&apos;s history has no trace of this change and explains the quantity now (%1), so it was not applied.</source>
        <translation>נבדק: אין סימן לשינוי הזה בהיסטוריה ב־Glance, וההיסטוריה מסבירה את היתרה הנוכחית (⁨%1⁩), ולכן הוא לא בוצע.</translation>
    </message>
    <message>
        <source>No trace of this change in Glance&apos;s history, but the history does not explain the quantity now (%1) either.</source>
        <translation>אין סימן לשינוי הזה בהיסטוריה ב־Glance, אבל ההיסטוריה גם לא מסבירה את היתרה הנוכחית (⁨%1⁩).</translation>
    </message>
    <message>
        <source>No trace of this change in Glance&apos;s history, and the record no longer exists.</source>
        <translation>אין סימן לשינוי הזה בהיסטוריה ב־Glance, והרשומה כבר לא קיימת.</translation>
    </message>
    <message>
        <source>Other rows of the same request were applied, so this one most likely was too.</source>
        <translation>שורות אחרות באותה בקשה בוצעו, ולכן כנראה גם השורה הזו בוצעה.</translation>
    </message>
    <message>
        <source>Sent at %1: %2, reason %3.</source>
        <extracomment>%1 a time, %2 a signed change of stock, %3 a reason</extracomment>
        <translation>נשלח ב־⁨%1⁩: ⁨%2⁩, סיבה ⁨%3⁩.</translation>
    </message>
    <message>
        <source>Quantity when sent %1, at the check %2.</source>
        <translation>יתרה בשליחה ⁨%1⁩, בבדיקה ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Glance&apos;s history: no movement of this record since it was sent.</source>
        <translation>היסטוריה ב־Glance: אין תנועות ברשומה הזו מאז השליחה.</translation>
    </message>
    <message>
        <source>Glance&apos;s history since it was sent:</source>
        <translation>היסטוריה ב־Glance מאז השליחה:</translation>
    </message>
    <message>
        <source>%1: %2, %3 (this change)</source>
        <extracomment>%1 a time, %2 a signed change, %3 a reason</extracomment>
        <translation>ב־⁨%1⁩: ⁨%2⁩, ⁨%3⁩ (השינוי הזה)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>%1 a time, %2 a signed change, %3 a reason</extracomment>
        <translation>ב־⁨%1⁩: ⁨%2⁩, ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <source>Inventory record</source>
        <translation>רשומת מלאי</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>מוצר:</translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation>מק״ט:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>מחסן:</translation>
    </message>
    <message>
        <source>Location:</source>
        <comment>place inside a warehouse, e.g. a shelf</comment>
        <translation>מיקום:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>כמות:</translation>
    </message>
    <message>
        <source>Reserved:</source>
        <comment>quantity reserved for orders</comment>
        <translation>משוריין:</translation>
    </message>
    <message>
        <source>Minimum stock:</source>
        <translation>מלאי מינימום:</translation>
    </message>
    <message>
        <source>Record ID:</source>
        <translation>מזהה רשומה:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;ניסיון חוזר</translation>
    </message>
    <message>
        <source>Movement history</source>
        <translation>היסטוריית תנועות</translation>
    </message>
    <message>
        <source>Movement history of this record</source>
        <translation>היסטוריית התנועות של הרשומה הזו</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review Differences</source>
        <translation>בדיקת הפרשים</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;הצגה:</translation>
    </message>
    <message>
        <source>Which lines to show</source>
        <translation>אילו שורות להציג</translation>
    </message>
    <message>
        <source>&amp;Large difference from:</source>
        <translation>הפרש &amp;גדול מ־:</translation>
    </message>
    <message>
        <source>Large difference from</source>
        <translation>הפרש גדול מ־</translation>
    </message>
    <message>
        <source>&amp;Mark for Recount</source>
        <translation>&amp;סימון לספירה חוזרת</translation>
    </message>
    <message>
        <source>Mark the selected lines for recount</source>
        <translation>סימון השורות שנבחרו לספירה חוזרת</translation>
    </message>
    <message>
        <source>Continue &amp;Counting</source>
        <translation>&amp;המשך הספירה</translation>
    </message>
    <message>
        <source>Continue counting</source>
        <translation>המשך הספירה</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>הפרשים</translation>
    </message>
    <message>
        <source>What happened to each line</source>
        <translation>מה קרה בכל שורה</translation>
    </message>
    <message>
        <source>&amp;Products not counted:</source>
        <translation>&amp;מוצרים שלא נספרו:</translation>
    </message>
    <message>
        <source>Products not counted</source>
        <translation>מוצרים שלא נספרו</translation>
    </message>
    <message>
        <source>What setting them to zero changes</source>
        <translation>מה ישתנה באיפוס</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>ס&amp;יבה:</translation>
    </message>
    <message>
        <source>Reason of the adjustments</source>
        <translation>הסיבה של התאמות המלאי</translation>
    </message>
    <message>
        <source>Also apply the lines marked to check</source>
        <translation>לעדכן גם את השורות שסומנו לבדיקה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Check &amp;Movements</source>
        <translation>בדיקת &amp;תנועות</translation>
    </message>
    <message>
        <source>Read the movements since the stocktake started</source>
        <translation>קריאת תנועות המלאי מאז תחילת הספירה</translation>
    </message>
    <message>
        <source>Difference &amp;Report (PDF)…</source>
        <translation>&amp;דוח הפרשים (PDF)…</translation>
    </message>
    <message>
        <source>Save the difference report as PDF</source>
        <translation>שמירת דוח ההפרשים כ־PDF</translation>
    </message>
    <message>
        <source>E&amp;xport Differences (CSV)…</source>
        <translation>&amp;ייצוא הפרשים (CSV)…</translation>
    </message>
    <message>
        <source>Export the differences as CSV</source>
        <translation>ייצוא ההפרשים כ־CSV</translation>
    </message>
    <message>
        <source>&amp;Update Stock</source>
        <translation>&amp;עדכון המלאי</translation>
    </message>
    <message>
        <source>Update the stock from the count</source>
        <translation>עדכון המלאי לפי הספירה</translation>
    </message>
    <message>
        <source>Record the differences as stock adjustments</source>
        <translation>רישום ההפרשים כהתאמות מלאי</translation>
    </message>
    <message>
        <source>&amp;Send the Failed Lines Again</source>
        <translation>&amp;שליחה חוזרת של השורות שלא בוצעו</translation>
    </message>
    <message>
        <source>Send the failed lines again</source>
        <translation>שליחה חוזרת של השורות שלא בוצעו</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Read Cos&amp;ts</source>
        <translation>קריאת &amp;עלויות</translation>
    </message>
    <message>
        <source>Read the unit costs for the value of the differences</source>
        <translation>קריאת העלויות ליחידה לחישוב שווי ההפרשים</translation>
    </message>
    <message>
        <source>Reads the products&apos; unit costs from Glance to show what each difference is worth.</source>
        <translation>קורא מ־Glance את העלות ליחידה של המוצרים, כדי להציג את השווי של כל הפרש.</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>The system keychain could not be reached, so the saved API key could not be read. Enter the key to use it for this session only, or start the keychain service (on Linux: GNOME Keyring or KWallet) and restart the app.</source>
        <translation>אין גישה למחזיק המפתחות של המערכת, ולכן לא ניתן היה לקרוא את מפתח ה־API השמור. אפשר להזין את המפתח לשימוש בהפעלה הזו בלבד, או להפעיל את שירות מחזיק המפתחות (ב־Linux זה GNOME Keyring או KWallet) ולהפעיל מחדש את התוכנה.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached, so the API key cannot be saved on this computer. Use it for this session only (you will be asked for it again next time), or start the keychain service (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>אין גישה למחזיק המפתחות של המערכת, ולכן לא ניתן לשמור את מפתח ה־API במחשב הזה. אפשר להשתמש בו בהפעלה הזו בלבד (בפעם הבאה הוא יידרש שוב), או להפעיל את שירות מחזיק המפתחות (ב־Linux זה GNOME Keyring או KWallet) ולנסות שוב.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so the saved API key could not be read. Unlock the keychain and restart the app, or enter the key to use it for this session only.</source>
        <translation>מחזיק המפתחות של המערכת נעול או שהגישה אליו נדחתה, ולכן לא ניתן היה לקרוא את מפתח ה־API השמור. אפשר לבטל את נעילת מחזיק המפתחות ולהפעיל מחדש את התוכנה, או להזין את המפתח לשימוש בהפעלה הזו בלבד.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so the API key was not saved. Unlock the keychain and try again, or use the key for this session only.</source>
        <translation>מחזיק המפתחות של המערכת נעול או שהגישה אליו נדחתה, ולכן מפתח ה־API לא נשמר. אפשר לבטל את נעילת מחזיק המפתחות ולנסות שוב, או להשתמש במפתח בהפעלה הזו בלבד.</translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain. Remove the entry “%1” with the system&apos;s keychain tool.</source>
        <extracomment>%1 is the name of the keychain entry (server address and profile name)</extracomment>
        <translation>לא ניתן היה להסיר את מפתח ה־API ממחזיק המפתחות של המערכת. יש להסיר את הפריט &quot;⁨%1⁩&quot; בכלי מחזיק המפתחות של המערכת.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>Low stock at or &amp;below:</source>
        <translation>מלאי נמוך &amp;עד:</translation>
    </message>
    <message>
        <source>Records at or below this quantity are marked as low stock, unless Glance gives them their own minimum</source>
        <translation>רשומות שהכמות בהן שווה לערך הזה או נמוכה ממנו מסומנות כמלאי נמוך, אלא אם יש להן ב־Glance מלאי מינימום משלהן</translation>
    </message>
    <message>
        <source>Request &amp;timeout in seconds:</source>
        <translation>&amp;זמן המתנה לבקשה (שניות):</translation>
    </message>
    <message>
        <source>How long to wait for an answer from Glance before giving up</source>
        <translation>כמה זמן לחכות לתשובה מ־Glance לפני שמוותרים</translation>
    </message>
    <message>
        <source>&amp;Refresh automatically every (minutes):</source>
        <translation>&amp;רענון אוטומטי, כל כמה דקות:</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic refresh</comment>
        <translation>כבוי</translation>
    </message>
    <message>
        <source>Adjustment reasons</source>
        <translation>סיבות להתאמת מלאי</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>a reason</comment>
        <translation>&amp;הוספה</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <comment>a reason</comment>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>הזזה ל&amp;מעלה</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>הזזה למ&amp;טה</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>שחזור &amp;ברירות המחדל</translation>
    </message>
    <message>
        <source>&amp;Every adjustment needs a reason</source>
        <translation>&amp;חובה לציין סיבה בכל התאמה</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;חיפוש:</translation>
    </message>
    <message>
        <source>An action or a key</source>
        <translation>פעולה או מקש</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>חיפוש קיצור</translation>
    </message>
    <message>
        <source>Keyboard shortcuts by window</source>
        <translation>קיצורי מקלדת לפי חלון</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard keys of a shortcut</comment>
        <translation>מקשים</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>אין קיצור שמתאים לחיפוש.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>כפתורי החלון</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Glance</source>
        <translation>התחברות ל־Glance</translation>
    </message>
    <message>
        <source>Enter an API key of your Glance account. You create keys in Glance under Settings → API keys. The key is kept in the system keychain.</source>
        <translation>יש להזין מפתח API של חשבון Glance. יוצרים מפתחות ב־Glance תחת &quot;הגדרות ← מפתחות API&quot;. המפתח נשמר במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;שם החשבון:</translation>
    </message>
    <message>
        <source>For example, the company&apos;s name</source>
        <translation>למשל, שם החברה</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;מפתח API:</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>כאן מדביקים את המפתח</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the API key</comment>
        <translation>הצגה</translation>
    </message>
    <message>
        <source>Show or hide the key while you check it</source>
        <translation>הצגה או הסתרה של המפתח בזמן הבדיקה</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>more settings</comment>
        <translation>מתקדם</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;כתובת השרת:</translation>
    </message>
    <message>
        <source>Use this key for this session &amp;only</source>
        <translation>שימוש במפתח בהפעלה הזו &amp;בלבד</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>כניסה ל&amp;הדגמה</translation>
    </message>
    <message>
        <source>Start a local demo server with sample data; nothing is sent to Glance</source>
        <translation>הפעלת שרת הדגמה מקומי עם נתונים לדוגמה; שום דבר לא נשלח ל־Glance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ה&amp;תחברות</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Manage Glance inventory: stock per warehouse and per product, adjustments and stocktakes.</source>
        <translation>ניהול מלאי ב־Glance: מלאי לפי מחסן ולפי מוצר, התאמות מלאי וספירות מלאי.</translation>
    </message>
    <message>
        <source>Start a local demo server with sample data and use it.</source>
        <translation>הפעלת שרת הדגמה מקומי עם נתונים לדוגמה ועבודה מולו.</translation>
    </message>
    <message>
        <source>Use this Glance API address instead of the default.</source>
        <translation>שימוש בכתובת ה־API הזו של Glance במקום כתובת ברירת המחדל.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Path of the demo server program (for --demo).</source>
        <translation>הנתיב לתוכנת שרת ההדגמה (עבור ⁨--demo⁩).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>נתיב</translation>
    </message>
    <message>
        <source>“%1” is not a web address the app can use.</source>
        <translation>&quot;⁨%1⁩&quot; אינה כתובת אינטרנט שהתוכנה יכולה להשתמש בה.</translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be used together.</source>
        <translation>אי אפשר להשתמש ב־⁨--demo⁩ וב־⁨--base-url⁩ יחד.</translation>
    </message>
    <message>
        <source>Use this language: he (Hebrew) or en (English).</source>
        <translation>שימוש בשפה זו: ⁨he⁩ (עברית) או ⁨en⁩ (אנגלית).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>קוד</translation>
    </message>
    <message>
        <source>“%1” is not a language the app has. Use he (Hebrew) or en (English).</source>
        <translation>השפה &quot;⁨%1⁩&quot; אינה זמינה בתוכנה. יש לבחור ⁨he⁩ (עברית) או ⁨en⁩ (אנגלית).</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>no location given</source>
        <translation>בלי מיקום</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A place of a count: %1 a location, %2 how many were counted there</extracomment>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>StocktakeDeltas</name>
    <message>
        <source>Stock moved while the expected quantities were fetched: count it again.</source>
        <translation>היו תנועות מלאי בזמן טעינת היתרות: יש לספור שוב.</translation>
    </message>
    <message>
        <source>Stock moved at about the time it was counted: count it again.</source>
        <translation>היו תנועות מלאי בערך בזמן הספירה: יש לספור שוב.</translation>
    </message>
    <message>
        <source>Glance&apos;s history could not be read: the difference is taken from the quantity now.</source>
        <translation>לא ניתן היה לקרוא את היסטוריית התנועות ב־Glance: ההפרש מחושב לפי היתרה עכשיו.</translation>
    </message>
    <message>
        <source>Glance gave no quantity for this product.</source>
        <translation>אין ב־Glance יתרה למוצר הזה.</translation>
    </message>
</context>
<context>
    <name>StocktakeSheets</name>
    <message>
        <source>Stocktake: %1</source>
        <translation>ספירת מלאי: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Warehouse %1, as of %2</source>
        <translation>מחסן ⁨%1⁩, נכון ל־⁨%2⁩</translation>
    </message>
    <message>
        <source>Count Sheet</source>
        <translation>דף ספירה</translation>
    </message>
    <message>
        <source>Blind count.</source>
        <translation>ספירה עיוורת.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>מק״ט</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>In system</source>
        <translation>במערכת</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>נספר</translation>
    </message>
    <message>
        <source>Difference Report</source>
        <translation>דוח הפרשים</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>הפרש</translation>
    </message>
    <message>
        <source>Total surplus: %1</source>
        <translation>סה״כ עודפים: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Total shortage: %1</source>
        <translation>סה״כ חוסרים: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>שווי בעלות</translation>
    </message>
    <message>
        <source>Value of the differences at cost: %1</source>
        <translation>שווי ההפרשים בעלות: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a difference have no cost in Glance.</source>
        <translation>
            <numerusform>לשורה אחת עם הפרש אין עלות ב־Glance.</numerusform>
            <numerusform>ל־⁨%n⁩ שורות עם הפרש אין עלות ב־Glance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>עלות ליחידה</translation>
    </message>
    <message>
        <source>Counted At</source>
        <translation>נספר במיקום</translation>
    </message>
</context>
<context>
    <name>StocktakesWindow</name>
    <message>
        <source>Stocktakes</source>
        <translation>ספירות מלאי</translation>
    </message>
    <message>
        <source>Open and closed stocktakes of this account on this computer. Counts are saved here as they are scanned.</source>
        <translation>ספירות המלאי הפתוחות והסגורות של החשבון הזה במחשב הזה. הספירה נשמרת כאן עם כל סריקה.</translation>
    </message>
    <message>
        <source>&amp;New Stocktake…</source>
        <translation>ספירת מלאי &amp;חדשה…</translation>
    </message>
    <message>
        <source>New stocktake</source>
        <translation>ספירת מלאי חדשה</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;פתיחה</translation>
    </message>
    <message>
        <source>Open the selected stocktake</source>
        <translation>פתיחת הספירה שנבחרה</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>SubmissionResultsPanel</name>
    <message>
        <source>Submitted rows</source>
        <translation>שורות שנשלחו</translation>
    </message>
    <message>
        <source>Blue rows: the quantity before the change differed from what the editor showed (stock moved meanwhile). Orange rows: stock also moved for other reasons, so only you can tell whether the change was applied.</source>
        <translation>שורות כחולות: היתרה לפני השינוי הייתה שונה ממה שהוצג בעורך (היו תנועות מלאי בינתיים). שורות כתומות: היו גם תנועות מלאי מסיבות אחרות, ולכן רק בדיקה שלך יכולה לקבוע אם השינוי בוצע.</translation>
    </message>
    <message>
        <source>C&amp;heck Again</source>
        <translation>בדיקה &amp;חוזרת</translation>
    </message>
    <message>
        <source>Selected: It &amp;Was Applied</source>
        <translation>סימון כ&amp;בוצעו</translation>
    </message>
    <message>
        <source>Selected: It Was &amp;Not Applied</source>
        <translation>סימון כ&amp;לא בוצעו</translation>
    </message>
    <message>
        <source>Return the Rest to the &amp;Draft</source>
        <translation>החזרת השאר ל&amp;טיוטה</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ס&amp;גירה</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>the foot of every printed page; %1 this page&apos;s number, %2 the number of pages</extracomment>
        <translation>עמוד ⁨%1⁩ מתוך ⁨%2⁩</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>לא ניתן היה לצייר את קובץ ה־PDF.</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>Another window of this program is sending this submission.</source>
        <translation>חלון אחר של התוכנה שולח את ההתאמות האלה.</translation>
    </message>
    <message>
        <source>Glance Inventory is sending changes for this account in another window (process %1 on %2). Finish or close it there first.</source>
        <extracomment>%1 a process number, %2 a computer name</extracomment>
        <translation>מלאי Glance שולח שינויים לחשבון הזה בחלון אחר (תהליך ⁨%1⁩ במחשב ⁨%2⁩). יש לסיים או לסגור אותו שם קודם.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created, so changes cannot be sent safely. Check the folder&apos;s permissions.</source>
        <extracomment>%1 a file path</extracomment>
        <translation>לא ניתן ליצור את קובץ הנעילה ⁨%1⁩, ולכן אי אפשר לשלוח שינויים בבטחה. יש לבדוק את ההרשאות של התיקייה.</translation>
    </message>
</context>
</TS>
